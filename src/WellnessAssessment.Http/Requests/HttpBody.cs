using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WellnessAssessment.Service;
using WellnessAssessment.Service.Outcomes;

namespace WellnessAssessment.Http.Requests;

/// <summary>Reads a request's JSON body within the configured limits (<see cref="WellnessApiOptions.MaxBodyBytes"/>, <see cref="WellnessApiOptions.MaxImportBytes"/>).</summary>
public static class HttpBody
{
    /// <summary>The body as <typeparamref name="T"/> (at most <see cref="WellnessApiOptions.MaxBodyBytes"/>).</summary>
    /// <typeparam name="T">A type of <see cref="HttpJson.Options"/>.</typeparam>
    /// <param name="http">The request's context (its services hold the options).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<Outcome<T>> ReadAsync<T>(HttpContext http, CancellationToken cancellationToken) =>
        ReadAsync(http, HttpJson.TypeInfo<T>(), cancellationToken);

    /// <summary>The body through <paramref name="typeInfo"/> (at most <see cref="WellnessApiOptions.MaxBodyBytes"/>).</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="http">The request's context (its services hold the options).</param>
    /// <param name="typeInfo">The body's JSON metadata.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<Outcome<T>> ReadAsync<T>(HttpContext http, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        return JsonBody.ReadAsync(http.Request, OptionsOf(http).MaxBodyBytes, typeInfo, cancellationToken);
    }

    /// <summary>The body as a response set for an import (at most <see cref="WellnessApiOptions.MaxImportBytes"/>).</summary>
    /// <param name="http">The request's context (its services hold the options).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<Outcome<Responses.ResponseSet>> ReadImportAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        return JsonBody.ReadResponseSetAsync(http.Request, OptionsOf(http).MaxImportBytes, cancellationToken);
    }

    private static WellnessApiOptions OptionsOf(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<WellnessApiOptions>>().Value;
}
