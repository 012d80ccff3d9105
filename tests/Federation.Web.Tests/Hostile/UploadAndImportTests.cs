using System.IO.Compression;
using System.Text;
using Federation.Cms.Users;

namespace Federation.Web.Tests.Hostile;

/// <summary>
/// Hostile files for the media library and hostile archives for the back office's import, as a
/// Writer and an Editor: refused with a reason or stored safely, never a 5xx, never slow, and no
/// script of theirs live on the pages that list them or show what they imported.
/// </summary>
public sealed class UploadAndImportTests(FederationSite site) : IClassFixture<FederationSite>
{
    const string Png1x1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    static byte[] Png => Convert.FromBase64String(Png1x1);

    /// <summary>A PNG whose header claims 65,535 × 65,535 pixels.</summary>
    static byte[] HugePng
    {
        get
        {
            var png = Png;
            png[16] = png[17] = png[20] = png[21] = 0;
            png[18] = png[19] = png[22] = png[23] = 0xff;
            return png;
        }
    }

    static readonly (string Name, Func<string, (string File, byte[] Bytes)> Make)[] Files =
    [
        ("zero bytes", m => ($"{m}.jpg", [])),
        ("text as a JPEG", m => ($"{m}.jpg", Encoding.UTF8.GetBytes($"<script>alert('{m}')</script>"))),
        ("SVG with script", m => ($"{m}.svg", Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('{m}')\"><script>alert('{m}')</script></svg>"))),
        ("HTML as a PNG", m => ($"{m}.png", Encoding.UTF8.GetBytes($"<html><body onload=\"alert('{m}')\"></body></html>"))),
        ("GIF polyglot", m => ($"{m}.gif", [.. "GIF89a"u8, .. Encoding.UTF8.GetBytes($"/*<script>alert('{m}')</script>*/")])),
        ("truncated PNG", m => ($"{m}.png", Png[..20])),
        ("PDF with script", m => ($"{m}.pdf", Encoding.UTF8.GetBytes($"%PDF-1.4\n<script>alert('{m}')</script>\n/JS (app.alert('{m}'))"))),
        ("script in the file name", m => ($"<img src=x onerror=\"alert('{m}')\">.png", Png)),
        ("traversal in the file name", m => ($"../../{m}/../content.db.png", Png)),
        ("overlong file name", m => (m + new string('名', 1000) + ".png", Png)),
        ("header claiming 65535 squared pixels", m => ($"{m}.png", HugePng)),
        ("NUL in the file name", m => ($"{m}\u0000.exe.png", Png)),
    ];

    public static TheoryData<int, string> UploadCases()
    {
        var data = new TheoryData<int, string>();
        for (var file = 0; file < Files.Length; file++)
        {
            data.Add(file, CmsRoles.Writer);
            data.Add(file, CmsRoles.Editor);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UploadCases))]
    public async Task Upload_OfAHostileFile_IsRefusedOrStoredSafely(int file, string role)
    {
        await Probe.WarmAsync(site);
        var marker = Payloads.Marker($"upload {Files[file].Name} {role}");
        var client = await BackOfficeSession.AsAsync(site, role);
        var (name, bytes) = Files[file].Make(marker);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await BackOfficeSession.UploadAsync(client, "/cms/media", "/cms/media?handler=Upload", "files", (name, bytes));
        var body = await response.Content.ReadAsStringAsync();
        Probe.AssertSafe(new Answer($"upload {Files[file].Name} as {role}", response, body, clock.Elapsed), marker);
        await Probe.GetAsync(client.Http, "/cms/media", $"media library after {Files[file].Name}", marker);
    }

    static string Standard(string slug, string url = "null", string body = "\"<p>正文</p>\"", string title = "\"导入测试\"", string tags = "[]", string status = "issued") => $$"""
        {
          "id": "{{Guid.NewGuid()}}",
          "type": "standard",
          "status": "published",
          "created": null, "updated": null, "published": null, "author": null, "cover": null, "related": [],
          "fields": { "code": null, "status": "{{status}}", "ics": null, "ccs": null, "publicationDate": null, "implementationDate": null, "commentDeadline": null,
            "fullText": null, "supersedes": [], "supersededBy": [], "nationalRegistrationUrl": {{url}} },
          "cultures": { "zh-CN": { "title": {{title}}, "slug": "{{slug}}", "summary": null, "seoDescription": null, "tags": {{tags}}, "domain": null,
            "issuingBody": null, "draftingOrganisations": [], "scope": null, "body": {{body}} } }
        }
        """;

    static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    static (string Name, byte[] Bytes) StandardFile(string slug, string json) => ($"standards/{slug}.json", Json(json));

    static readonly (string Name, Func<string, byte[]> Make)[] Archives =
    [
        ("not a zip", m => Json($"<script>alert('{m}')</script>")),
        ("empty file", _ => []),
        ("truncated zip", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m)))[..60]),
        ("corrupt deflate", m =>
        {
            var zip = Zip(StandardFile("hx-" + m, Standard("hx-" + m)));
            for (var i = 40; i < 120; i++)
            {
                zip[i] ^= 0x5a;
            }

            return zip;
        }),
        ("file named like a folder", m => Zip(("standards/", Json(Standard("hx-" + m))))),
        ("folder and file of one name", m => Zip(("standards", Json("{}")), StandardFile("hx-" + m, Standard("hx-" + m)))),
        ("number for the title", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m, title: "42")))),
        ("object for the tags", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m, tags: "{\"a\": 1}")))),
        ("null title", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m, title: "null")))),
        ("unknown status", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m, status: "<script>")))),
        ("javascript: registration URL", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m, url: $"\"javascript:alert('{m}')\"")))),
        ("disguised javascript: registration URL", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m, url: $"\"\\u0009jAvAsCrIpT:alert('{m}')\"")))),
        ("data: registration URL", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m, url: $"\"data:text/html,<script>alert('{m}')</script>\"")))),
        ("script in rich text", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m, body: $"\"<p onclick=\\\"alert('{m}')\\\">正文<script>alert('{m}')</script><a href=\\\"javascript:alert('{m}')\\\">链接</a></p>\"")))),
        ("40,000 nested divs", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m, body: "\"" + string.Concat(Enumerable.Repeat("<div>", 40_000)) + m + "\"")))),
        ("traversal in an entry name", m => Zip(("../../" + m + ".json", Json(Standard("hx-" + m))))),
        ("absolute entry name", m => Zip(("/etc/" + m + ".json", Json(Standard("hx-" + m))))),
        ("two entries of one name", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m)), StandardFile("hx-" + m, Standard("hx-" + m)))),
        ("invalid UTF-8", m => Zip(("standards/hx-" + m + ".json", [0xff, 0xfe, 0x7b, 0xc0, 0xaf]))),
        ("JSON nested 5,000 deep", m => Zip(StandardFile("hx-" + m, new string('[', 5000) + new string(']', 5000)))),
        ("date beyond any calendar", m => Zip(StandardFile("hx-" + m, Standard("hx-" + m).Replace("\"publicationDate\": null", "\"publicationDate\": \"0001-01-01\"").Replace("\"created\": null", "\"created\": \"9999-12-31T23:59:59+08:00\"")))),
        ("20 MB of zeros compressed", m => Zip(("media/" + m + ".bin", new byte[20_000_000]))),
    ];

    public static TheoryData<int, string> ImportCases()
    {
        var data = new TheoryData<int, string>();
        for (var archive = 0; archive < Archives.Length; archive++)
        {
            data.Add(archive, CmsRoles.Editor);
        }

        data.Add(10, CmsRoles.Writer);
        data.Add(0, CmsRoles.Writer);
        return data;
    }

    [Theory]
    [MemberData(nameof(ImportCases))]
    public async Task Import_OfAHostileArchive_IsRefusedOrImportedSafely(int archive, string role)
    {
        await Probe.WarmAsync(site);
        var (name, make) = Archives[archive];
        var marker = Payloads.Marker($"import {name} {role}");
        var client = await BackOfficeSession.AsAsync(site, role);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await BackOfficeSession.UploadAsync(client, "/cms/transfer", "/cms/transfer?handler=Import", "archive", ("export.zip", make(marker)));
        var body = await response.Content.ReadAsStringAsync();
        Probe.AssertSafe(new Answer($"import {name} as {role}", response, body, clock.Elapsed), marker);

        // Whatever the import did, the standard it named shows nothing live on the site or in GraphQL.
        await Probe.GetAsync(site.CreateClient(), $"/standards/hx-{marker}", $"public page after importing {name}", marker);
        await Probe.GetAsync(site.CreateClient(), "/graphql?query=" + Uri.EscapeDataString($"{{ standard(slug: \"hx-{marker}\") {{ title body nationalRegistrationUrl }} }}"), $"GraphQL after importing {name}", marker);
    }
}
