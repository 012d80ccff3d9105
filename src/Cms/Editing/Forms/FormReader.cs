using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Federation.Cms.Content;

namespace Federation.Cms.Editing.Forms;

/// <summary>
/// Reads a posted edit form back into an item. Every value that cannot be read is a problem named
/// by its field's path, and the content rules are checked too, so the editor sees every problem at
/// once, beside its field, with what they typed kept.
/// </summary>
internal sealed class FormReader(ItemReferences references)
{
    static readonly string OutOfRange = $"请填写 {ShanghaiTime.Earliest.Year} 年至 {ShanghaiTime.Latest.Year} 年之间的日期。";

    public async Task<(ContentDocument? Document, FormState State)> ReadAsync(
        ContentType type, Guid id, IEnumerable<KeyValuePair<string, string>> posted, CancellationToken cancellationToken = default)
    {
        var state = new FormState();
        foreach (var (key, value) in posted)
        {
            state.Values[key] = value.Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        var form = ContentForm.For(type);
        var json = new JsonObject
        {
            ["id"] = id,
            ["type"] = ContentTypeInfo.Of(type).Name,
            ["author"] = Text(state.Value("author")),
        };
        await ReadAsync(state, form.Common, json, "", cancellationToken);
        var fields = new JsonObject();
        await ReadAsync(state, form.Fields, fields, "fields.", cancellationToken);
        json["fields"] = fields;
        var cultures = new JsonObject();
        foreach (var culture in Cultures.All)
        {
            // English is optional: an untouched English column means no English text.
            if (culture == Cultures.Chinese || state.AnyValueUnder($"cultures.{culture}."))
            {
                var text = new JsonObject();
                await ReadAsync(state, form.Text, text, $"cultures.{culture}.", cancellationToken);
                cultures[culture] = text;
            }
        }

        json["cultures"] = cultures;
        ContentDocument document;
        try
        {
            document = ContentJson.Deserialize(json.ToJsonString());
        }
        catch (ContentFormatException e)
        {
            state.AddProblem("", e.Message);
            return (null, state);
        }

        foreach (var problem in ContentValidator.Validate(document))
        {
            state.AddProblem(problem.Field, ValidationWords.Of(problem));
        }

        return (state.HasProblems ? null : document, state);
    }

    async Task ReadAsync(FormState state, IReadOnlyList<FormField> fields, JsonObject into, string prefix, CancellationToken cancellationToken)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            into[field.Name] = field.Kind switch
            {
                FieldKind.Group => await GroupAsync(state, field, path, cancellationToken),
                FieldKind.Rows => await RowsAsync(state, field, path, cancellationToken),
                FieldKind.Items => await ItemsAsync(state, field, path, cancellationToken),
                _ => Scalar(state, field, path),
            };
        }
    }

    async Task<JsonNode> GroupAsync(FormState state, FormField field, string path, CancellationToken cancellationToken)
    {
        var group = new JsonObject();
        await ReadAsync(state, field.Children, group, path + ".", cancellationToken);
        return group;
    }

    async Task<JsonNode> RowsAsync(FormState state, FormField field, string path, CancellationToken cancellationToken)
    {
        var rows = new JsonArray();
        foreach (var row in state.Rows(path))
        {
            var rowPath = $"{path}[{row}].";
            if (!state.AnyValueUnder(rowPath))
            {
                continue; // a blank row left for adding one
            }

            var item = new JsonObject();
            await ReadAsync(state, field.Children, item, rowPath, cancellationToken);
            var missing = field.Children.Where(c => c.Required && IsEmpty(item[c.Name])).ToList();
            foreach (var child in missing)
            {
                state.AddProblem(rowPath + child.Name, "请填写，或清空这一行。");
            }

            if (missing.Count == 0)
            {
                rows.Add(item);
            }
        }

        return rows;
    }

    async Task<JsonNode> ItemsAsync(FormState state, FormField field, string path, CancellationToken cancellationToken)
    {
        var (ids, problems) = await references.ResolveAsync(Lines(state.Value(path)), field.Target, cancellationToken);
        foreach (var problem in problems)
        {
            state.AddProblem(path, problem);
        }

        return new JsonArray([.. ids.Select(i => (JsonNode)i)]);
    }

    static JsonNode? Scalar(FormState state, FormField field, string path)
    {
        var raw = state.Value(path).Trim();
        JsonNode? Fail(string message, JsonNode? fallback = null)
        {
            state.AddProblem(path, message);
            return fallback;
        }

        switch (field.Kind)
        {
            case FieldKind.Lines:
                return new JsonArray([.. Lines(raw).Select(l => (JsonNode)l)]);
            case FieldKind.MediaList:
                var media = new JsonArray();
                foreach (var line in Lines(raw))
                {
                    if (Guid.TryParse(line, out var mediaId)) { media.Add(mediaId); } else { Fail($"“{line}”不是媒体 ID。"); }
                }

                return media;
            case FieldKind.Boolean:
                return raw == "true";
            case FieldKind.Url:
                // Checked with every other way in, by the content rules (SafeLinks).
                return raw.Length == 0 ? null : raw;
            case FieldKind.RichText:
                // Kept as written here; the editor service sanitizes it on save.
                return state.Value(path).Length == 0 ? null : state.Value(path);
        }

        if (raw.Length == 0)
        {
            return field.Kind switch
            {
                _ when !field.Nullable && field.Kind is FieldKind.Text or FieldKind.LongText => "",
                FieldKind.Integer when !field.Nullable => 0,
                FieldKind.Choice when !field.Nullable => Fail("请选择。", JsonNamingPolicy.CamelCase.ConvertName(Enum.GetNames(field.Choices!)[0])),
                _ => null,
            };
        }

        return field.Kind switch
        {
            FieldKind.Text or FieldKind.LongText => raw,
            FieldKind.Integer => int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : Fail("请填写整数。"),
            FieldKind.Decimal => decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0 ? amount : Fail("请填写金额，如 480 或 1200.50。"),
            FieldKind.OptionalBoolean => raw switch { "true" => true, "false" => false, _ => Fail("请选择“是”或“否”。") },
            FieldKind.Date => !DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Fail("请填写日期，如 2026-12-01。")
                : ShanghaiTime.InRange(date.ToDateTime(TimeOnly.MinValue)) ? raw : Fail(OutOfRange),
            FieldKind.DateTime => !DateTime.TryParseExact(raw, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? Fail("请填写日期和时间，如 2026-12-01 09:30。")
                : ShanghaiTime.InRange(local) ? ShanghaiTime.At(local).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) : Fail(OutOfRange),
            FieldKind.Choice => Enum.GetNames(field.Choices!).Select(JsonNamingPolicy.CamelCase.ConvertName).Contains(raw) ? raw : Fail("请从列表中选择。"),
            FieldKind.Media or FieldKind.Item => Guid.TryParse(raw, out var guid) ? guid : Fail("请从列表中选择。"),
            _ => raw,
        };
    }

    static bool IsEmpty(JsonNode? node) => node is null || (node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length == 0);

    static string[] Lines(string raw) => raw.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    static JsonNode? Text(string raw) => raw.Trim() is { Length: > 0 } text ? text : null;
}
