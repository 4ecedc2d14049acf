using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Extensions;

var builder = DeployedHost.CreateBuilder(args);
builder.Services.AddComplianceStore();
builder.Services.AddRuleCatalog();
builder.Services.AddComplianceNotices();
builder.Services.AddComplianceRisk();
builder.Services.AddApiKeyAuth();
builder.Services.AddComplianceWeb();
builder.Services.AddOfficerAndEnterprisePages();
builder.Services.AddEnforcementWorkspace();
builder.Services.AddComplianceApi();
builder.Services.AddComplianceJobs(builder.Configuration);

var app = builder.Build();

// Fail before listening: a database that cannot be migrated, or a catalog, template or model that does not load.
app.MigrateComplianceDatabase();
app.LoadRuleCatalog();
app.LoadNoticeTemplates();
app.LoadRiskModel();
app.LoadSampleData();

app.UseEvaluationBudgets();
app.UseComplianceApi();
app.UseComplianceWeb();
app.MapScreeningsApi();
app.MapEnterprisesApi();
app.MapProjectsApi();
app.MapEvaluationsApi();
app.MapRecordsApi();
app.MapRulesApi();
app.MapRuleVersionsApi();
app.MapImpactApi();
app.MapIndicatorsApi();
app.MapRiskListApi();
app.MapNoticesApi();
app.MapJobsApi();
app.MapDocumentsApi();
app.UseComplianceJobs();
app.AnnounceUrls();
app.Run();

/// <summary>Visible to the tests' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
