using Microsoft.AspNetCore.Mvc;

namespace WellnessAssessment.Api.OpenApi;

/// <summary>Route metadata shared by many routes: the problem statuses a cross-cutting rule can answer with.</summary>
internal static class EndpointContract
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    /// <summary>Declares problem responses (RFC 9457, <c>application/problem+json</c>) for <paramref name="statuses"/>.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ProblemJson));
        }

        return builder;
    }

    /// <summary>A JSON body of <typeparamref name="T"/> read by <c>JsonBody</c>: 400 with the field errors, 413 over the limit, 415 when not JSON.</summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder builder)
        where T : notnull =>
        builder.Accepts<T>("application/json")
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ProblemJson))
            .ProducesProblems(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Routes that read or write the table store: 503 when it does not answer (<c>StoreUnavailableHandler</c>).</summary>
    public static TBuilder UsesStore<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblems(StatusCodes.Status503ServiceUnavailable);

    /// <summary>Creates that honour the optional <c>Idempotency-Key</c> header: the document lists it as a parameter.</summary>
    public static RouteHandlerBuilder AcceptsIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IdempotencyKeyMetadata());

    /// <summary>Lists a request header the route reads itself.</summary>
    public static TBuilder WithHeader<TBuilder>(this TBuilder builder, string name, bool required, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new HeaderParameterMetadata(name, required, description));
}
