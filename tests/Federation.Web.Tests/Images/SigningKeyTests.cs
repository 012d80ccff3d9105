using Federation.Cms.Transfer;
using Federation.Web.Media;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Federation.Web.Tests.Images;

/// <summary>The key that signs variant URLs: configured, or made once and kept in the media folder.</summary>
public sealed class SigningKeyTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("federation-keys-").FullName;

    [Fact]
    public void WithoutAConfiguredKey_OneIsMadeOnce_AndNodesSharingTheMediaFolderSignAlike()
    {
        var first = Key(hmacKey: null);
        var second = Key(hmacKey: null);

        Assert.Equal(32, first.Bytes.Length);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.True(File.Exists(UrlSigningKey.PathIn(Files())));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(UrlSigningKey.PathIn(Files())));
        }
    }

    [Fact]
    public void AConfiguredKey_IsUsed_AndNothingIsWritten()
    {
        var key = Key(hmacKey: "a key of at least thirty-two characters, for tests");

        Assert.Equal("a key of at least thirty-two characters, for tests"u8.ToArray(), key.Bytes);
        Assert.False(File.Exists(UrlSigningKey.PathIn(Files())));
    }

    [Fact]
    public void AShortKey_IsRefusedAtStartUp()
    {
        var result = new ImageOptionsValidation().Validate(null, new ImageOptions { HmacKey = "short" });

        Assert.True(result.Failed);
        Assert.Contains("Images:HmacKey must be at least 32 characters", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void APresetThatCouldNeverRender_IsRefusedAtStartUp()
    {
        var options = new ImageOptions();
        options.Presets["huge"] = new ImagePreset { Width = 5000 };
        options.Presets["crop-one-side"] = new ImagePreset { Width = 300, Crop = "crop" };

        var result = new ImageOptionsValidation().Validate(null, options);

        Assert.Contains("Images:Presets:huge: w and h must be whole numbers from 1 to 2560", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Images:Presets:crop-one-side: crop needs both w and h", result.FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    UrlSigningKey Key(string? hmacKey) =>
        new(Options.Create(new ImageOptions { HmacKey = hmacKey }), Files(), NullLogger<UrlSigningKey>.Instance);

    MediaFiles Files() => new(Options.Create(new MediaOptions { Root = folder }), new HostingEnvironment { ContentRootPath = folder });
}
