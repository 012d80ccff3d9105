using GraphQL.Types;

namespace Federation.Api.GraphQL.Schema;

/// <summary>What every published item has, whatever its type: lists of mixed items (related items, search results) ask for these.</summary>
internal sealed class ContentInterface : InterfaceGraphType<Localized>
{
    public ContentInterface()
    {
        Name = "Content";
        Description = "A published item of any type: news, forum, standard, course, showcase or page.";
        Interface<NodeInterface>();
        ContentFieldsBuilder.Declare(this);
    }
}
