using Federation.Cms.Content;

namespace Federation.Cms.Editing.Forms;

/// <summary>How a field is edited.</summary>
internal enum FieldKind
{
    Text,
    LongText,
    RichText,
    Lines,
    Url,
    Integer,
    Decimal,
    Boolean,
    OptionalBoolean,
    Date,
    DateTime,
    Choice,
    Media,
    MediaList,
    Item,
    Items,
    Group,
    Rows,
}

/// <summary>One field of the edit form. Its <see cref="Name"/> is the JSON property it fills.</summary>
internal sealed record FormField(string Name, string Label, FieldKind Kind)
{
    public string? Hint { get; init; }

    /// <summary>The C# <c>required</c> members: a title, a slug, an agenda entry's title, a session's start.</summary>
    public bool Required { get; init; }

    /// <summary>For <see cref="FieldKind.Choice"/>: the enum; the empty choice is offered when the field may be empty.</summary>
    public Type? Choices { get; init; }

    public bool Nullable { get; init; } = true;

    /// <summary>For <see cref="FieldKind.Group"/> and <see cref="FieldKind.Rows"/>.</summary>
    public IReadOnlyList<FormField> Children { get; init; } = [];

    /// <summary>For item pickers: the type of the items, or null for any type.</summary>
    public ContentType? Target { get; init; }

    /// <summary>For media: "image" or "pdf".</summary>
    public string? Accept { get; init; }

    /// <summary>Whether the field takes the full width of the form.</summary>
    public bool Wide => Kind is FieldKind.LongText or FieldKind.RichText or FieldKind.Lines or FieldKind.Items or FieldKind.MediaList or FieldKind.Group or FieldKind.Rows;
}
