using System.IO.Compression;

namespace Federation.Web.Tests.Support;

/// <summary>Fetches as a browser does, accepting compression, and tells how many bytes crossed the wire.</summary>
internal static class Wire
{
    public static async Task<(HttpResponseMessage Response, int BytesOnWire, string Text)> GetAsync(HttpClient client, string url, string? acceptEncoding = "br, gzip")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var raw = new MemoryStream(bytes);
        using Stream decoded = response.Content.Headers.ContentEncoding.LastOrDefault() switch
        {
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            _ => raw,
        };
        using var reader = new StreamReader(decoded);
        return (response, bytes.Length, await reader.ReadToEndAsync());
    }
}
