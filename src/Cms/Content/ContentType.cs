namespace Federation.Cms.Content;

/// <summary>The kinds of content the Federation publishes.</summary>
public enum ContentType
{
    /// <summary>新闻动态.</summary>
    News,

    /// <summary>论坛活动: a forum or event announcement.</summary>
    Forum,

    /// <summary>团体标准: a group standard.</summary>
    Standard,

    /// <summary>培训通知: a course or skill-assessment session.</summary>
    Course,

    /// <summary>上海服务品牌: a special action, brand case or new concept.</summary>
    Showcase,

    /// <summary>关于联合会: an about page.</summary>
    Page,
}
