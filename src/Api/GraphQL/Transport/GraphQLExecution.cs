using Federation.Api.Delivery;
using Federation.Api.GraphQL.Caching;
using Federation.Api.GraphQL.Limits;
using Federation.Api.GraphQL.Loading;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Api.GraphQL.Transport;

/// <summary>
/// Runs one GraphQL request against the published content and makes the answer: parsed once, a
/// mutation over GET refused, the cost worked out and the limits applied before anything runs.
/// </summary>
internal sealed partial class GraphQLExecution(
    IDocumentExecuter executer, ISchema schema, ContentDelivery delivery, IGraphQLSerializer serializer, IOptions<GraphQLOptions> options, ILogger<GraphQLExecution> logger)
{
    readonly ComplexityValidationRule costRule = QueryCost.Rule(options.Value);

    /// <summary>The answer, and whether it may be kept for the same request: not when the server failed or ran out of time.</summary>
    public async Task<(GraphQLResponse Response, bool Keep)> AnswerAsync(HttpContext context, string mediaType, GraphQLRequest request, CancellationToken cancellationToken)
    {
        // Parsed here once, to refuse a mutation over GET, and handed to the executer; a syntax error is left to it to report.
        GraphQLDocument? document;
        try
        {
            document = Parse(request.Query!);
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            // The executer would call this a server failure; it is the client's document.
            var error = new ExecutionError("the document nests too deeply to be parsed") { Code = "MAX_DEPTH_EXCEEDED" };
            return (await ResponseAsync(RequestErrorStatus(mediaType), new ExecutionResult { Errors = [error] }, 0), true);
        }

        var limits = options.Value;
        if (document is not null && DocumentSize.FieldsSelected(document, limits.MaxFields) > limits.MaxFields)
        {
            var error = new ExecutionError($"the document selects more than {limits.MaxFields} fields once its fragments are spread, the most allowed on this endpoint") { Code = "COMPLEXITY" };
            return (await ResponseAsync(RequestErrorStatus(mediaType), new ExecutionResult { Errors = [error] }, 0), true);
        }

        if (HttpMethods.IsGet(context.Request.Method) && document is not null && IsMutation(document, request.OperationName))
        {
            return (await ResponseAsync(StatusCodes.Status405MethodNotAllowed, Refusal("mutations are sent with POST, never GET"), 0, allow: "POST"), true);
        }

        var content = new ContentReader(delivery);
        var result = await executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = request.Query;
            o.Document = document;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.RequestServices = context.RequestServices;
            o.CancellationToken = cancellationToken;
            o.Timeout = limits.ExecutionTimeout;
            o.UserContext = content;
            o.ValidationRules = [.. DocumentValidator.CoreRules, costRule];
            o.UnhandledExceptionDelegate = failure =>
            {
                // The client sees "Error executing document" without details; the log keeps them.
                LogUnhandled(failure.Exception);
                return Task.CompletedTask;
            };
        });
        QueryCost.Report(result, content, limits);
        var failed = result.Errors?.Any(e => e is UnhandledError or TimeoutError) == true;
        var cost = (int)Math.Ceiling(QueryCost.Of(content) ?? 0);
        // Out of time is the server's state, not the client's mistake: 503, and never kept.
        var status = result.Errors?.Any(e => e is TimeoutError) == true ? StatusCodes.Status503ServiceUnavailable
            : result.Executed ? StatusCodes.Status200OK
            : RequestErrorStatus(mediaType);
        return (await ResponseAsync(status, result, cost), !failed);
    }

    /// <summary>An answer that is only errors, e.g. the reason a request was refused.</summary>
    public static ExecutionResult Refusal(string problem, string? code = null) => new() { Errors = [new ExecutionError(problem) { Code = code }] };

    /// <summary>The answer <paramref name="result"/> with <paramref name="status"/>, serialized.</summary>
    public async Task<GraphQLResponse> ResponseAsync(int status, ExecutionResult result, int cost, string? allow = null)
    {
        using var body = new MemoryStream();
        await serializer.WriteAsync(body, result);
        return new GraphQLResponse(status, body.ToArray(), cost, allow);
    }

    // A request error (nothing executed: a parse or validation error) is a 400 under graphql-response+json, a 200 under json.
    public static int RequestErrorStatus(string mediaType) =>
        mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    // Null for a syntax error.
    static GraphQLDocument? Parse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    // The operation the request names, or its only one.
    static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null ? operations.SingleOrDefault() : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return operation?.Operation == OperationType.Mutation;
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "A GraphQL request failed inside the server")]
    partial void LogUnhandled(Exception exception);
}
