using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Federation.Cms.Content;

/// <summary>
/// The one JSON shape of an item, used for version rows in the store and for content-export
/// files alike, so that a round trip through the store cannot change a byte. Keys come in a
/// fixed order, nulls are written, Chinese is not escaped.
/// </summary>
public static class ContentJson
{
    /// <summary>Options for every JSON value inside an item.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            WriteIndented = true,
            IndentSize = 2,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes a document, with the item's workflow state when <paramref name="state"/> is given.</summary>
    public static void Write(Utf8JsonWriter writer, ContentDocument document, ItemState? state = null)
    {
        var info = ContentTypeInfo.Of(document.Type);
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        writer.WriteString("type", info.Name);
        if (state is not null)
        {
            writer.WritePropertyName("status");
            JsonSerializer.Serialize(writer, state.Status, Options);
            WriteDate(writer, "created", state.Created);
            WriteDate(writer, "updated", state.Updated);
            WriteDate(writer, "published", state.Published);
        }

        writer.WritePropertyName("author");
        JsonSerializer.Serialize(writer, document.Author, Options);
        writer.WritePropertyName("cover");
        JsonSerializer.Serialize(writer, document.Cover, Options);
        writer.WritePropertyName("related");
        JsonSerializer.Serialize(writer, document.Related, Options);
        writer.WritePropertyName("fields");
        JsonSerializer.Serialize(writer, document.Fields, info.FieldsType, Options);
        writer.WriteStartObject("cultures");
        foreach (var culture in Cultures.All)
        {
            if (document.Cultures.TryGetValue(culture, out var text))
            {
                writer.WritePropertyName(culture);
                JsonSerializer.Serialize(writer, text, info.TextType, Options);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    static void WriteDate(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, Options);
    }

    /// <summary>Serializes a document as a version row stores it.</summary>
    public static string Serialize(ContentDocument document) => Serialize(document, state: null);

    /// <summary>Serializes a document, with the workflow state when given, as indented UTF-8 text.</summary>
    public static string Serialize(ContentDocument document, ItemState? state)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, Encoder = Options.Encoder }))
        {
            Write(writer, document, state);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a version row's document.</summary>
    /// <exception cref="ContentFormatException">The JSON is not a valid item.</exception>
    public static ContentDocument Deserialize(string json) => Read(json).Document;

    /// <summary>Reads a document and, when present, its workflow state.</summary>
    /// <exception cref="ContentFormatException">The JSON is not a valid item.</exception>
    public static (ContentDocument Document, ItemState? State) Read(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return Read(parsed.RootElement);
        }
        catch (JsonException e)
        {
            throw new ContentFormatException(e.Message, e);
        }
    }

    static (ContentDocument, ItemState?) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ContentFormatException("an item must be a JSON object");
        }

        var known = new HashSet<string> { "id", "type", "status", "created", "updated", "published", "author", "cover", "related", "fields", "cultures" };
        foreach (var property in root.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw new ContentFormatException($"unknown key \"{property.Name}\"");
            }
        }

        var typeName = Required(root, "type").GetString() ?? "";
        var info = ContentTypeInfo.FromName(typeName)
            ?? throw new ContentFormatException($"unknown type \"{typeName}\"; expected one of {string.Join(", ", ContentTypeInfo.All.Select(t => t.Name))}");
        if (!Required(root, "id").TryGetGuid(out var id))
        {
            throw new ContentFormatException("\"id\" is not a GUID");
        }

        var fields = (ContentFields?)Value(Required(root, "fields"), info.FieldsType, "fields")
            ?? throw new ContentFormatException("\"fields\" must be an object");
        var cultures = new Dictionary<string, CultureText>();
        var culturesElement = Required(root, "cultures");
        if (culturesElement.ValueKind != JsonValueKind.Object)
        {
            throw new ContentFormatException("\"cultures\" must be an object");
        }

        foreach (var culture in culturesElement.EnumerateObject())
        {
            if (!Cultures.IsSupported(culture.Name))
            {
                throw new ContentFormatException($"unknown culture \"{culture.Name}\"; expected zh-CN or en");
            }

            cultures[culture.Name] = (CultureText?)Value(culture.Value, info.TextType, $"cultures.{culture.Name}")
                ?? throw new ContentFormatException($"\"cultures.{culture.Name}\" must be an object");
        }

        var document = new ContentDocument
        {
            Id = id,
            Type = info.Type,
            Author = Optional<string>(root, "author"),
            Cover = Optional<Guid?>(root, "cover"),
            Related = Optional<List<Guid>>(root, "related") ?? [],
            Fields = fields,
            Cultures = cultures,
        };
        ItemState? state = root.TryGetProperty("status", out var status)
            ? new ItemState(
                (ContentStatus)Value(status, typeof(ContentStatus), "status")!,
                Optional<DateTimeOffset?>(root, "created"),
                Optional<DateTimeOffset?>(root, "updated"),
                Optional<DateTimeOffset?>(root, "published"))
            : null;
        return (document, state);
    }

    static JsonElement Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : throw new ContentFormatException($"\"{name}\" is missing");

    static T? Optional<T>(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? (T?)Value(value, typeof(T), name) : default;

    static object? Value(JsonElement element, Type type, string path)
    {
        try
        {
            return element.Deserialize(type, Options);
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? path : path + e.Path.TrimStart('$');
            throw new ContentFormatException($"\"{where}\": {Explain(element, type, e)}", e);
        }
    }

    // Says what was found and, for an enum, what is allowed, instead of the serializer's CLR type names.
    static string Explain(JsonElement element, Type type, JsonException e)
    {
        var segments = (e.Path ?? "$").TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            var name = segment.Split('[')[0];
            var property = type.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (property is null || element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return FirstSentence(e.Message);
            }

            type = property.PropertyType;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        var found = element.ValueKind == JsonValueKind.String ? $"\"{element.GetString()}\"" : element.GetRawText();
        return target.IsEnum
            ? $"{found} is not one of {string.Join(", ", Enum.GetNames(target).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)))}"
            : $"{found} is not a valid {FriendlyName(target)}";
    }

    static string FriendlyName(Type type) => type switch
    {
        _ when type == typeof(DateTimeOffset) => "date and time like 2026-03-02T09:30:00+08:00",
        _ when type == typeof(DateOnly) => "date like 2026-03-02",
        _ when type == typeof(Guid) => "GUID",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(decimal) => "number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "text",
        _ => "value here",
    };

    static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}

/// <summary>An item's workflow state as a file records it.</summary>
/// <param name="Status">Where the item stands.</param>
/// <param name="Created">When it was first saved, when known.</param>
/// <param name="Updated">When it was last saved, when known.</param>
/// <param name="Published">When it was first published, when known.</param>
public sealed record ItemState(ContentStatus Status, DateTimeOffset? Created, DateTimeOffset? Updated, DateTimeOffset? Published);

/// <summary>An item's JSON does not match the content format.</summary>
public sealed class ContentFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ContentFormatException() { }

    /// <summary>Creates the exception with a reason a person can act on.</summary>
    public ContentFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    public ContentFormatException(string message, Exception inner) : base(message, inner) { }
}
