using Federation.Api.GraphQL.Explorer;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Api.GraphQL.Transport;

/// <summary>
/// <c>/graphql</c> as the GraphQL over HTTP draft specifies: POST with a JSON body, GET for queries
/// (a mutation over GET is 405 with Allow), application/graphql-response+json or application/json by
/// Accept, and with the former, 400 for a document that cannot be parsed or validated. A client's
/// mistake is a 4xx with a reason, never a 500. A browser that opens <c>/graphql</c> gets the
/// explorer instead (<see cref="GraphQLExplorer"/>).
/// </summary>
internal sealed partial class GraphQLEndpoint(
    IDocumentExecuter executer, ISchema schema, GraphQLRequestReader reader, IGraphQLSerializer serializer, IOptions<GraphQLOptions> options, ILogger<GraphQLEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        if (GraphQLExplorer.Wants(http))
        {
            await GraphQLExplorer.WritePageAsync(context);
            return;
        }

        if (!HttpMethods.IsGet(http.Method) && !HttpMethods.IsPost(http.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await RefuseAsync(context, GraphQLMediaTypes.Json, StatusCodes.Status405MethodNotAllowed, $"{http.Method} is not allowed: use GET for queries or POST");
            return;
        }

        if (GraphQLMediaTypes.Negotiate(http) is not { } mediaType)
        {
            await RefuseAsync(context, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable, $"the response is {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}; Accept allows neither");
            return;
        }

        var read = await reader.ReadAsync(http, context.RequestAborted);
        if (read.Request is not { } request)
        {
            await RefuseAsync(context, mediaType, read.Status, read.Problem!);
            return;
        }

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
            await WriteAsync(context, mediaType, RequestErrorStatus(mediaType), new ExecutionResult { Errors = [error] });
            return;
        }

        if (HttpMethods.IsGet(http.Method) && document is not null && IsMutation(document, request.OperationName))
        {
            context.Response.Headers.Allow = "POST";
            await RefuseAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed, "mutations are sent with POST, never GET");
            return;
        }

        var limits = options.Value;
        var result = await executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = request.Query;
            o.Document = document;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.RequestServices = context.RequestServices;
            o.CancellationToken = context.RequestAborted;
            o.Timeout = limits.ExecutionTimeout;
            o.UnhandledExceptionDelegate = failure =>
            {
                // The client sees "Error executing document" without details; the log keeps them.
                LogUnhandled(failure.Exception);
                return Task.CompletedTask;
            };
        });
        await WriteAsync(context, mediaType, result.Executed ? StatusCodes.Status200OK : RequestErrorStatus(mediaType), result);
    }

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

    // A request error (nothing executed: a parse or validation error) is a 400 under graphql-response+json, a 200 under json.
    static int RequestErrorStatus(string mediaType) =>
        mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    // The operation the request names, or its only one.
    static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null ? operations.SingleOrDefault() : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return operation?.Operation == OperationType.Mutation;
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "A GraphQL request failed inside the server")]
    partial void LogUnhandled(Exception exception);

    Task RefuseAsync(HttpContext context, string mediaType, int status, string problem) =>
        WriteAsync(context, mediaType, status, new ExecutionResult { Errors = [new ExecutionError(problem)] });

    async Task WriteAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
