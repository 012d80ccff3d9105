using Federation.Cms.Content;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Schema;

/// <summary>The cultures content is read in: <c>ZH_CN</c> (the default) and <c>EN</c>.</summary>
internal sealed class CultureType : EnumerationGraphType
{
    public CultureType()
    {
        Name = "Culture";
        Description = "The language content is read in. An item not yet translated into English is given in Chinese.";
        Add("ZH_CN", Cultures.Chinese, "Simplified Chinese (zh-CN), the default.");
        Add("EN", Cultures.English, "English.");
    }

    /// <summary>Adds the <c>culture</c> argument, zh-CN by default.</summary>
    public static QueryArgument Argument() => new QueryArgument<CultureType> { Name = "culture", DefaultValue = Cultures.Chinese, Description = "The language to read; default ZH_CN." };
}
