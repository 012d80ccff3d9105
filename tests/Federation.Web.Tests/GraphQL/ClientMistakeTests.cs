using System.Net;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Web.Tests.GraphQL;

/// <summary>
/// A client's mistakes are answered with the reason and are not the server's faults: nothing at
/// Error level, no stack in the log.
/// </summary>
public sealed class ClientMistakeTests
{
    [Theory]
    [InlineData("subscription { news { totalCount } }", "OPERATION_NOT_SUPPORTED", "no subscriptions")]
    [InlineData("mutation { publish }", "OPERATION_NOT_SUPPORTED", "read-only")]
    [InlineData("{ news(first: 2, last: 2) { totalCount } }", "ARGUMENT", "last")]
    public async Task ClientMistake_IsAnsweredWithTheReason_AndLoggedAsNoError(string query, string code, string reason)
    {
        var log = new LoggedEntries();
        await using var site = FederationSite.With(new Dictionary<string, string>(), services => services.AddSingleton<ILoggerProvider>(log));
        var client = new GraphQLClient(site.CreateClient());

        var (response, body) = await client.PostAsync(query);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        Assert.Equal(code, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(reason, GraphQLClient.FirstError(body) ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(log.All, e => e.Level >= LogLevel.Error || e.Category.Contains("GraphQL", StringComparison.Ordinal) && e.Exception is not null);
    }
}
