using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddComplianceStore();
builder.Services.AddRuleCatalog();
builder.Services.AddApiKeyAuth();
builder.Services.AddComplianceApi();
builder.Services.AddComplianceJobs(builder.Configuration);

var app = builder.Build();

// Fail before listening: a database that cannot be migrated or a catalog that does not validate refuses start-up.
app.MigrateComplianceDatabase();
app.LoadRuleCatalog();

app.UseComplianceApi();
app.MapScreeningsApi();
app.MapEnterprisesApi();
app.MapRecordsApi();
app.MapRulesApi();
app.MapJobsApi();
app.UseComplianceJobs();
app.Run();

/// <summary>Visible to the tests' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
