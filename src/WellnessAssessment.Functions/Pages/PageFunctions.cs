using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Functions.Pages;

/// <summary>
/// The console and survey pages and their scripts and styles (the API project's <c>wwwroot</c>, copied beside the app),
/// and the checked-in OpenAPI document, as the ASP.NET Core host serves them: a folder's <c>index.html</c> for a path
/// ending in <c>/</c> (a folder without it is redirected there), content types by extension, <c>ETag</c> and
/// <c>Last-Modified</c> with conditional and range requests, 404 as problem details, and a respondent's path link
/// <c>/survey/{token}</c> redirected to the fragment form. The security headers come from the worker middleware.
/// </summary>
public static class PageFunctions
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly System.Text.RegularExpressions.Regex SurveyPathLink = new("^survey/([A-Za-z0-9_-]{1,100})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly PhysicalFileProvider Files = new(Path.Combine(AppContext.BaseDirectory, "wwwroot"));

    /// <summary>The OpenAPI document's route, as the ASP.NET Core host maps it.</summary>
    public const string OpenApiRoute = "openapi/v1.json";

    /// <summary><c>GET /openapi/v1.json</c>: the checked-in contract (the ASP.NET Core host generates the same document).</summary>
    /// <param name="request">The request.</param>
    [Function("GetOpenApiDocument")]
    public static IResult GetOpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OpenApiRoute)] HttpRequest request)
    {
        var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, "openapi", "v1.json"));
        return file.Exists
            ? TypedResults.PhysicalFile(file.FullName, "application/json;charset=utf-8", lastModified: file.LastWriteTimeUtc)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary><c>GET</c> or <c>HEAD</c> of any other path: a page, script, style or image, or 404.</summary>
    /// <param name="request">The request.</param>
    /// <param name="path">The path without its leading <c>/</c> (empty for the site's root).</param>
    [Function("GetPage")]
    public static IResult GetPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "{*path}")] HttpRequest request, string? path)
    {
        ArgumentNullException.ThrowIfNull(request);
        path ??= string.Empty;
        if (path.Contains("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            return NotFound();
        }

        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        else if (Files.GetDirectoryContents(path) is { Exists: true } && Files.GetFileInfo(path + "/index.html").Exists)
        {
            return TypedResults.Redirect($"{request.PathBase}/{path}/{request.QueryString}", permanent: true);
        }

        var file = Files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null)
        {
            return SurveyPathLink.Match(path) is { Success: true } link ? RedirectToFragment(request, link.Groups[1].Value) : NotFound();
        }

        var contentType = ContentTypes.TryGetContentType(file.Name, out var known) ? known : "application/octet-stream";
        // As the static files middleware: Last-Modified to the second, the ETag from it and the length.
        var lastModified = new DateTimeOffset(file.LastModified.Year, file.LastModified.Month, file.LastModified.Day, file.LastModified.Hour, file.LastModified.Minute, file.LastModified.Second, file.LastModified.Offset).ToUniversalTime();
        var etag = new EntityTagHeaderValue("\"" + Convert.ToString(file.LastModified.ToFileTime() ^ file.Length, 16) + "\"");
        return TypedResults.PhysicalFile(file.PhysicalPath, contentType, lastModified: lastModified, entityTag: etag, enableRangeProcessing: true);
    }

    private static RedirectHttpResult RedirectToFragment(HttpRequest request, string token)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Redirect(TableKeys.IsValidToken(token) ? $"{request.PathBase}/survey/#{token}" : $"{request.PathBase}/survey/");
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);
}
