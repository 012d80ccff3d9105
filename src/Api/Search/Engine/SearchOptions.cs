namespace Federation.Api.Search.Engine;

/// <summary>Options of site search (<c>Search:*</c>).</summary>
public sealed class SearchOptions
{
    /// <summary><c>lucene</c> (default): an index on this node's disk; or <c>elasticsearch</c>: a cluster.</summary>
    public string Engine { get; set; } = "lucene";

    /// <summary>The folder of the Lucene index, relative to the content root. Default <c>App_Data/search</c>.</summary>
    public string IndexPath { get; set; } = "App_Data/search";

    /// <summary>
    /// How many threads a Lucene build adds documents on. Default 0: one fewer than the node's cores, at least
    /// one, so searches keep a core while a rebuild runs. Every core builds faster on a node nobody searches.
    /// </summary>
    public int BuildThreads { get; set; }

    /// <summary>The Elasticsearch cluster, when <see cref="Engine"/> is <c>elasticsearch</c>.</summary>
    public ElasticsearchOptions Elasticsearch { get; set; } = new();
}

/// <summary>Options of the Elasticsearch engine (<c>Search:Elasticsearch:*</c>).</summary>
public sealed class ElasticsearchOptions
{
    /// <summary>The cluster's address, e.g. <c>https://search.example:9200</c>.</summary>
    public Uri? Url { get; set; }

    /// <summary>An API key (the base64 <c>encoded</c> form Elasticsearch gives), sent as <c>Authorization: ApiKey …</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The alias searches read; each build is a new index named after it with a timestamp. Default <c>federation-content</c>.</summary>
    public string Alias { get; set; } = "federation-content";

    /// <summary>How long one request may take. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
