using System.Collections.Concurrent;
using System.Reflection;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;

namespace Federation.Cms.Editing.Forms;

/// <summary>
/// The edit form of each content type, read from its typed records: every public field, in the
/// order the records declare them, with the back office's label and the right kind of input.
/// </summary>
internal sealed partial record ContentForm(ContentType Type, IReadOnlyList<FormField> Common, IReadOnlyList<FormField> Fields, IReadOnlyList<FormField> Text)
{
    static readonly ConcurrentDictionary<ContentType, ContentForm> Forms = new();

    public static ContentForm For(ContentType type) => Forms.GetOrAdd(type, t =>
    {
        var info = ContentTypeInfo.Of(t);
        FormField[] common =
        [
            new("cover", "封面图片", FieldKind.Media) { Accept = "image", Hint = "媒体库中的图片；列表和分享卡片使用它。" },
            new("related", "相关内容", FieldKind.Items) { Hint = "每行一项：别名或 ID。" },
        ];
        return new ContentForm(t, common, Describe(info.FieldsType), Describe(info.TextType));
    });

    [GeneratedRegex(@"^(cultures\.[^.]+\.|fields\.)")]
    private static partial Regex Section();

    [GeneratedRegex(@"\[(\d+)\]\.(\w+)$")]
    private static partial Regex Row();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotAlphanumeric();

    /// <summary>The id of the input for a field path: <c>cultures.zh-CN.title</c> is <c>f-cultures-zh-CN-title</c>.</summary>
    public static string InputId(string path) => "f-" + NotAlphanumeric().Replace(path, "-");

    /// <summary>A field path as the editor reads it: "中文 · 议程 第 2 项 · 嘉宾".</summary>
    public string LabelOf(string path)
    {
        var culture = path.StartsWith("cultures.en.", StringComparison.Ordinal) ? "English · " : path.StartsWith("cultures.", StringComparison.Ordinal) ? "中文 · " : "";
        var name = FieldName(path);
        var field = Text.Concat(Fields).Concat(Common).FirstOrDefault(f => f.Name == name);
        var row = Row().Match(path);
        var child = row.Success ? field?.Children.FirstOrDefault(c => c.Name == row.Groups[2].Value) : null;
        var group = !row.Success && path.Count(c => c == '.') > (culture.Length > 0 ? 2 : 1) ? field?.Children.FirstOrDefault(c => path.EndsWith("." + c.Name, StringComparison.Ordinal)) : null;
        return culture + (field?.Label ?? name)
            + (row.Success ? $" 第 {int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture) + 1} 项 · {child?.Label ?? row.Groups[2].Value}" : "")
            + (group is not null ? " · " + group.Label : "");
    }

    /// <summary>Where a path's field stands in the form: zh-CN text, en text, the type's fields, then the common ones.</summary>
    public int PositionOf(string path)
    {
        var section = path.StartsWith("cultures.zh-CN.", StringComparison.Ordinal) ? 0 : path.StartsWith("cultures.en.", StringComparison.Ordinal) ? 1 : path.StartsWith("fields.", StringComparison.Ordinal) ? 2 : 3;
        var name = FieldName(path);
        var index = Text.Concat(Fields).Concat(Common).Select((f, i) => (f, i)).FirstOrDefault(x => x.f.Name == name).i;
        return section * 1000 + index;
    }

    static string FieldName(string path) => Section().Replace(path, "").Split('.', '[')[0];

    static List<FormField> Describe(Type record) =>
    [
        .. record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .OrderBy(p => Depth(p.DeclaringType!)).ThenBy(p => p.MetadataToken)
            .Select(Describe),
    ];

    // Base records' properties (title, slug…) come before the type's own.
    static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            depth++;
        }

        return depth;
    }

    static FormField Describe(PropertyInfo property)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        var label = FormLabels.For(property);
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        var field = new FormField(name, label, KindOf(property, underlying))
        {
            Required = property.GetCustomAttribute<RequiredMemberAttribute>() is not null,
            Nullable = nullable && property.Name is not ("Title" or "Slug"),
            Hint = FormLabels.Hint(property),
        };
        return field.Kind switch
        {
            FieldKind.Choice => field with { Choices = underlying },
            FieldKind.Group => field with { Children = Describe(underlying) },
            FieldKind.Rows => field with { Children = Describe(underlying.GetGenericArguments()[0]) },
            FieldKind.Items => field with { Target = property.Name is "Supersedes" or "SupersededBy" ? ContentType.Standard : null },
            FieldKind.Item => field with { Target = ContentType.Page },
            FieldKind.Media or FieldKind.MediaList => field with { Accept = property.Name == "FullText" ? "pdf" : "image" },
            _ => field,
        };
    }

    static FieldKind KindOf(PropertyInfo property, Type type) => property.Name switch
    {
        "Body" or "Scope" => FieldKind.RichText,
        "Summary" or "SeoDescription" or "Address" or "Eligibility" or "Focus" or "How" => FieldKind.LongText,
        "NationalRegistrationUrl" => FieldKind.Url,
        "Parent" => FieldKind.Item,
        "Cover" or "FullText" => FieldKind.Media,
        "Images" => FieldKind.MediaList,
        _ when type == typeof(string) => FieldKind.Text,
        _ when type == typeof(int) => FieldKind.Integer,
        _ when type == typeof(decimal) => FieldKind.Decimal,
        _ when type == typeof(bool) => property.PropertyType == typeof(bool) ? FieldKind.Boolean : FieldKind.OptionalBoolean,
        _ when type == typeof(DateOnly) => FieldKind.Date,
        _ when type == typeof(DateTimeOffset) => FieldKind.DateTime,
        _ when type.IsEnum => FieldKind.Choice,
        _ when type == typeof(IReadOnlyList<string>) => FieldKind.Lines,
        _ when type == typeof(IReadOnlyList<Guid>) => FieldKind.Items,
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => FieldKind.Rows,
        _ when type.IsClass => FieldKind.Group,
        _ => throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name} ({type.Name}) has no form input."),
    };
}
