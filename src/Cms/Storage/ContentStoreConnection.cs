using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Federation.Cms.Storage;

/// <summary>Which database <c>ConnectionStrings:Content</c> names, and how to reach it.</summary>
public enum ContentStoreProvider
{
    /// <summary>A SQLite file, the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    PostgreSql,
}

/// <summary>The resolved content-store connection.</summary>
/// <param name="Provider">The database kind.</param>
/// <param name="ConnectionString">The connection string, with a relative SQLite path made absolute.</param>
public sealed record ContentStoreConnection(ContentStoreProvider Provider, string ConnectionString)
{
    /// <summary>Used when <c>ConnectionStrings:Content</c> is not set.</summary>
    public const string DefaultConnectionString = "Data Source=App_Data/federation.db";

    /// <summary>
    /// Reads a connection string: one with a <c>Host</c> (Npgsql's keyword) is PostgreSQL,
    /// anything else SQLite. A relative SQLite path is taken from <paramref name="contentRoot"/>,
    /// not from the process's working directory, and its folder is created.
    /// </summary>
    public static ContentStoreConnection Resolve(string? configured, string contentRoot)
    {
        var connectionString = string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured;
        var keys = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (keys.ContainsKey("Host") || keys.ContainsKey("Server"))
        {
            return new(ContentStoreProvider.PostgreSql, connectionString);
        }

        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (sqlite.DataSource != ":memory:" && sqlite.Mode != SqliteOpenMode.Memory)
        {
            sqlite.DataSource = Path.GetFullPath(sqlite.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(sqlite.DataSource)!);
        }

        return new(ContentStoreProvider.Sqlite, sqlite.ToString());
    }
}
