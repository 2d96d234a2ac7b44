using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using WellnessAssessment.Functions.Hosting;

// The Azure Functions isolated worker with the ASP.NET Core integration: the functions get the real HttpContext, and
// the shared HTTP adapter's IResult answers are written by ASP.NET Core as under the ASP.NET Core host.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddWellnessFunctions();
builder.Build().Run();
