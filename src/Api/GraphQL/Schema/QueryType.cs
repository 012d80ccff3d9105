using GraphQL.Types;

namespace Federation.Api.GraphQL.Schema;

/// <summary>The root of every query; each content type adds its own fields.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Published content of the Shanghai Modern Service Industry Federation (上海现代服务业联合会).";
        News.NewsQueries.AddTo(this);
        Forums.ForumQueries.AddTo(this);
        Standards.StandardQueries.AddTo(this);
        Courses.CourseQueries.AddTo(this);
        Showcases.ShowcaseQueries.AddTo(this);
        Pages.PageQueries.AddTo(this);
        Search.SearchQuery.AddTo(this);
        NodeQuery.AddTo(this);
    }
}
