using Federation.Api.GraphQL.Caching;
using Federation.Api.GraphQL.Cors;
using Federation.Api.GraphQL.Explorer;
using Federation.Api.GraphQL.RateLimits;
using Federation.Api.GraphQL.TrustedDocuments;
using Federation.Api.Publishing;
using Federation.Cms.Partners;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Federation.Api.GraphQL.Transport;

/// <summary>
/// <c>/graphql</c> as the GraphQL over HTTP draft specifies: POST with a JSON body, GET for queries
/// (a mutation over GET is 405 with Allow), application/graphql-response+json or application/json by
/// Accept, and with the former, 400 for a document that cannot be parsed or validated. A client's
/// mistake is a 4xx with a reason, never a 500. A request may name a trusted document by
/// <c>documentId</c> instead of sending it. Answers are cached until the next publish; a GET answer
/// carries an ETag and Cache-Control, and If-None-Match gives 304. A browser that opens
/// <c>/graphql</c> gets the explorer instead (<see cref="GraphQLExplorer"/>). Callers are held to
/// rate limits in query cost per minute, and registered partner origins may call it across origins.
/// </summary>
internal sealed class GraphQLEndpoint(
    GraphQLRequestReader reader, GraphQLExecution execution, GraphQLResultCache results, TrustedDocumentStore trusted, RateLimiter limiter, PartnerCors cors, IPublicSite site)
{
    /// <summary>How long partners and their caches may reuse a GET answer without asking again.</summary>
    const string GetCaching = "public, max-age=60";

    public async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        if (GraphQLExplorer.Wants(http))
        {
            await GraphQLExplorer.WritePageAsync(context);
            return;
        }

        if (PartnerCors.IsPreflight(http))
        {
            cors.Preflight(context);
            return;
        }

        cors.Apply(context);
        var mediaType = GraphQLMediaTypes.Negotiate(http);
        if (limiter.Identify(http) is not { } caller)
        {
            await WriteAsync(context, mediaType ?? GraphQLMediaTypes.Json, await RefusalAsync(
                StatusCodes.Status401Unauthorized, $"the API key in {RateLimiter.KeyHeader} is unknown or revoked; send a valid key, or none to call as an anonymous caller", "INVALID_API_KEY"));
            return;
        }

        if (!await limiter.AdmitAsync(caller, context.Response, context.RequestAborted))
        {
            await WriteAsync(context, mediaType ?? GraphQLMediaTypes.Json, await RefusalAsync(
                StatusCodes.Status429TooManyRequests, $"the rate limit of {caller.CostPerMinute} query cost per minute is spent; try again in {context.Response.Headers.RetryAfter} s", "RATE_LIMITED"));
            return;
        }

        var response = await AnswerAsync(context, mediaType);
        await limiter.ChargeAsync(caller, response.Cost, context.Response, context.RequestAborted);
        await WriteAsync(context, mediaType ?? GraphQLMediaTypes.Json, response);
    }

    async Task<GraphQLResponse> AnswerAsync(HttpContext context, string? mediaType)
    {
        var http = context.Request;
        if (!HttpMethods.IsGet(http.Method) && !HttpMethods.IsPost(http.Method))
        {
            return await RefusalAsync(StatusCodes.Status405MethodNotAllowed, $"{http.Method} is not allowed: use GET for queries or POST", allow: "GET, POST");
        }

        if (mediaType is null)
        {
            return await RefusalAsync(StatusCodes.Status406NotAcceptable, $"the response is {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}; Accept allows neither");
        }

        var read = await reader.ReadAsync(http, context.RequestAborted);
        if (read.Request is not { } request)
        {
            return await RefusalAsync(read.Status, read.Problem!);
        }

        if (request.DocumentId is { } documentId)
        {
            var (text, problem, code) = Trusted(documentId);
            if (text is null)
            {
                return await RefusalAsync(GraphQLExecution.RequestErrorStatus(mediaType), problem!, code);
            }

            request.Query = text;
        }

        return await results.GetOrAnswerAsync(
            site.Origin(http), http.Method, mediaType, request, cancellationToken => execution.AnswerAsync(context, mediaType, request, cancellationToken), context.RequestAborted);
    }

    // The text of the trusted document, or why there is none.
    (string? Text, string? Problem, string? Code) Trusted(string documentId) =>
        !TrustedDocumentIds.IsWellFormed(documentId) ? (null, "\"documentId\" must be sha256: followed by the 64 hex digits of the document's SHA-256", "INVALID_DOCUMENT_ID")
        : trusted.Find(documentId) is { } text ? (text, null, null)
        : (null, $"no trusted document has the id {documentId}; send the document as \"query\", or register it", "DOCUMENT_NOT_FOUND");

    static async Task WriteAsync(HttpContext context, string mediaType, GraphQLResponse response)
    {
        var headers = context.Response.Headers;
        if (response.Allow is { } allow)
        {
            headers.Allow = allow;
        }

        if (HttpMethods.IsGet(context.Request.Method) && response.Status == StatusCodes.Status200OK)
        {
            headers.CacheControl = GetCaching;
            headers.ETag = response.ETag;
            headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            if (EntityTags.NotModified(context.Request, response.ETag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }

    Task<GraphQLResponse> RefusalAsync(int status, string problem, string? code = null, string? allow = null) =>
        execution.ResponseAsync(status, GraphQLExecution.Refusal(problem, code), 0, allow);
}
