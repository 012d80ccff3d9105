using Npgsql;

namespace Federation.Tests.Shared;

/// <summary>
/// A database of its own on the PostgreSQL server tests/run starts on loopback (FEDERATION_TEST_POSTGRES),
/// dropped when disposed. A test that needs one is skipped where no server was started.
/// </summary>
internal sealed class PostgreSqlDatabase : IAsyncDisposable
{
    static string? Server => Environment.GetEnvironmentVariable("FEDERATION_TEST_POSTGRES");

    readonly string name;

    PostgreSqlDatabase(string name) => this.name = name;

    /// <summary>The connection string of this database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    public static async Task<PostgreSqlDatabase> CreateAsync()
    {
        if (Server is null)
        {
            Assert.Skip("FEDERATION_TEST_POSTGRES is not set; tests/run sets it after starting PostgreSQL.");
        }

        var database = new PostgreSqlDatabase("federation_test_" + Guid.NewGuid().ToString("N"));
        await ExecuteOnServerAsync($"CREATE DATABASE {database.name}");
        return database;
    }

    /// <summary>Refuses every new connection and ends the open ones: the database as unreachable as a stopped server.</summary>
    public async Task CutOffAsync()
    {
        await ExecuteOnServerAsync($"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false");
        await ExecuteOnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
