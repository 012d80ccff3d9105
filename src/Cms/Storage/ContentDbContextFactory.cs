using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Storage;

/// <summary>Opens a unit of work on the configured store, whichever provider it is.</summary>
internal sealed class ContentDbContextFactory(ContentStoreConnection connection)
{
    readonly DbContextOptions sqliteOptions = new DbContextOptionsBuilder<SqliteContentDbContext>()
        .UseSqlite(connection.ConnectionString).Options;

    readonly DbContextOptions postgresOptions = new DbContextOptionsBuilder<PostgresContentDbContext>()
        .UseNpgsql(connection.ConnectionString).Options;

    public ContentStoreProvider Provider => connection.Provider;

    public ContentDbContext Create() => connection.Provider switch
    {
        ContentStoreProvider.PostgreSql => new PostgresContentDbContext((DbContextOptions<PostgresContentDbContext>)postgresOptions),
        _ => new SqliteContentDbContext((DbContextOptions<SqliteContentDbContext>)sqliteOptions),
    };

    /// <summary>Brings the schema up to date and, on SQLite, turns on write-ahead logging so readers never wait for a writer.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = Create();
        await db.Database.MigrateAsync(cancellationToken);
        if (connection.Provider == ContentStoreProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
