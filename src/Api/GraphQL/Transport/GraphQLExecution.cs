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

        // The schema has only queries: a mutation or subscription is the client's mistake, answered with why, never run (and never logged as a fault).
        if (document is not null && OperationOf(document, request.OperationName) is { Operation: not OperationType.Query } other)
        {
            var problem = other.Operation == OperationType.Mutation
                ? "this API is read-only: it has no mutations"
                : "this API has no subscriptions: poll with queries, or ask for webhooks";
            LogClientMistake(problem);
            return (await ResponseAsync(RequestErrorStatus(mediaType), Refusal(problem, "OPERATION_NOT_SUPPORTED"), 0), true);
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
                if (failure.Exception is ArgumentException { Source: "GraphQL" } refused)
                {
                    // GraphQL.NET's own check of the arguments (first together with last, say): the client's mistake, told as such.
                    failure.ErrorMessage = refused.Message;
                    LogClientMistake(refused.Message);
                    return Task.CompletedTask;
                }

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

    static bool IsMutation(GraphQLDocument document, string? operationName) => OperationOf(document, operationName)?.Operation == OperationType.Mutation;

    // The operation the request names, or its only one.
    static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "A GraphQL request failed inside the server")]
    partial void LogUnhandled(Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "A GraphQL request was refused as the client's mistake: {Problem}")]
    partial void LogClientMistake(string problem);
}
