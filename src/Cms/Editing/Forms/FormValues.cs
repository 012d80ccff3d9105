using System.Globalization;
using System.Text.Json.Nodes;
using Federation.Cms.Content;

namespace Federation.Cms.Editing.Forms;

/// <summary>Fills the edit form from a saved version.</summary>
internal static class FormValues
{
    public static async Task<FormState> FromAsync(ContentDocument document, ItemReferences references, CancellationToken cancellationToken = default)
    {
        var form = ContentForm.For(document.Type);
        var json = JsonNode.Parse(ContentJson.Serialize(document))!.AsObject();
        var state = new FormState();
        state.Values["author"] = document.Author ?? "";
        await FillAsync(state, form.Common, json, "", references, cancellationToken);
        await FillAsync(state, form.Fields, json["fields"]!.AsObject(), "fields.", references, cancellationToken);
        foreach (var (culture, text) in json["cultures"]!.AsObject())
        {
            await FillAsync(state, form.Text, text!.AsObject(), $"cultures.{culture}.", references, cancellationToken);
        }

        return state;
    }

    static async Task FillAsync(FormState state, IReadOnlyList<FormField> fields, JsonObject json, string prefix, ItemReferences references, CancellationToken cancellationToken)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            var node = json[field.Name];
            switch (field.Kind)
            {
                case FieldKind.Group:
                    await FillAsync(state, field.Children, node?.AsObject() ?? [], path + ".", references, cancellationToken);
                    break;
                case FieldKind.Rows:
                    var rows = node?.AsArray() ?? [];
                    for (var i = 0; i < rows.Count; i++)
                    {
                        await FillAsync(state, field.Children, rows[i]!.AsObject(), $"{path}[{i}].", references, cancellationToken);
                    }

                    break;
                case FieldKind.Items:
                    state.Values[path] = await references.DescribeAsync([.. (node?.AsArray() ?? []).Select(n => n!.GetValue<Guid>())], cancellationToken);
                    break;
                default:
                    state.Values[path] = Format(field, node);
                    break;
            }
        }
    }

    static string Format(FormField field, JsonNode? node) => node switch
    {
        null => "",
        JsonArray array => string.Join('\n', array.Select(n => n!.ToString())),
        _ when field.Kind == FieldKind.DateTime => ShanghaiTime.From(node.GetValue<DateTimeOffset>()).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        _ when field.Kind is FieldKind.Boolean or FieldKind.OptionalBoolean => node.GetValue<bool>() ? "true" : "false",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
