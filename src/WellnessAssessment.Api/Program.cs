var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/api/health", () => TypedResults.Ok(new { status = "starting" }));
app.Run();

/// <summary>The API's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
