using System.Security.Cryptography;
using System.Text;
using Federation.Cms.Transfer;
using Microsoft.Extensions.Options;

namespace Federation.Web.Media;

/// <summary>
/// The key that signs variant URLs: <c>Images:HmacKey</c> when set; otherwise a random key made once
/// and kept in the media folder, so it survives restarts and every node that mounts the same folder
/// signs alike (a key made per start would break every signed URL a partner had stored). The file
/// sits outside any media item's folder, where <c>/media/{id}/{file}</c> never reaches.
/// </summary>
internal sealed partial class UrlSigningKey(IOptions<ImageOptions> options, MediaFiles files, ILogger<UrlSigningKey> logger)
{
    readonly Lazy<byte[]> key = new(() => Load(options.Value, files, logger));

    /// <summary>The key's bytes.</summary>
    public byte[] Bytes => key.Value;

    /// <summary>Where the key is kept when none is configured.</summary>
    public static string PathIn(MediaFiles files) => Path.Combine(files.Root, ".keys", "image-urls.key");

    static byte[] Load(ImageOptions options, MediaFiles files, ILogger logger)
    {
        if (options.HmacKey is { } configured)
        {
            return Encoding.UTF8.GetBytes(configured);
        }

        var path = PathIn(files);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var partial = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(partial, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            try
            {
                // Without overwriting: when two nodes start at once, the first key written is the one both use.
                File.Move(partial, path, overwrite: false);
                LogKeyMade(logger, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(partial);
            }
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }

    [LoggerMessage(EventId = 2401, Level = LogLevel.Information, Message = "Images:HmacKey is not set: made a key for signing image URLs at {Path}; nodes that do not share this media folder need Images:HmacKey")]
    static partial void LogKeyMade(ILogger logger, string path);
}
