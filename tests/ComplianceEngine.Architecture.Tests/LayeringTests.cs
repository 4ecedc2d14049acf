namespace ComplianceEngine.Architecture.Tests;

/// <summary>
/// The project boundaries docs/architecture.md draws, checked on the built assemblies and the sources: Core depends on
/// nothing, the screening room on no web or database library, and SQL and Npgsql stay in Data.
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void Core_ReferencesOnlyTheRuntime_WhenBuilt()
    {
        var foreign = Assemblies.References(Assemblies.Core).Where(r => !Assemblies.IsRuntime(r)).ToList();

        Assert.True(foreign.Count == 0, $"Core references {string.Join(", ", foreign)}");
    }

    [Fact]
    public void Screening_ReferencesNeitherAspNetNorNpgsql_WhenBuilt()
    {
        var references = Assemblies.References(Assemblies.Screening);
        var product = references.Where(r => r.StartsWith("ComplianceEngine.", StringComparison.Ordinal)).ToList();
        var foreign = references.Where(r => !Assemblies.IsRuntime(r) && !r.StartsWith("ComplianceEngine.", StringComparison.Ordinal)).ToList();

        Assert.Equal(["ComplianceEngine.Core", "ComplianceEngine.Rules"], product);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || r.StartsWith("Npgsql", StringComparison.Ordinal) || r == "Dapper");
        Assert.True(foreign.Count == 0, $"the screening room references {string.Join(", ", foreign)}");
    }

    [Fact]
    public void Host_DoesNotReferenceNpgsql_WhenBuilt()
    {
        var files = Sources.Matching(Sources.Npgsql(), f => f.StartsWith("src/ComplianceEngine.Host/", StringComparison.Ordinal));

        Assert.True(files.Count == 0, $"Host names Npgsql or Dapper in: {string.Join(", ", files)}");
        Assert.DoesNotContain("Dapper", Assemblies.References(Assemblies.Host));
        // Hangfire.PostgreSql's connection factory carries NpgsqlConnection in its constructor's signature (an optional
        // setup callback the host never passes); that is the one Npgsql type the host's metadata may name.
        Assert.Equal(["Npgsql.NpgsqlConnection"], Assemblies.TypesReferencedIn(Assemblies.Host, "Npgsql"));
    }

    [Fact]
    public void Sources_HoldNoSql_OutsideData()
    {
        var files = Sources.Matching(Sources.Sql(), f => !f.StartsWith("src/ComplianceEngine.Data/", StringComparison.Ordinal));

        Assert.True(files.Count == 0, $"SQL outside src/ComplianceEngine.Data in: {string.Join(", ", files)}");
    }

    [Fact]
    public void Data_DoesNotReferenceTheHostOrAspNet_WhenBuilt()
    {
        var references = Assemblies.References(Assemblies.Data);

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || r == "ComplianceEngine.Host" || r == "ComplianceEngine.Cli");
    }

    [Fact]
    public void SqlScan_FindsAStatement_WhenWrittenAsTheCodeDoes()
    {
        // The scan itself must catch what it looks for, or every test above would pass on nothing.
        Assert.Matches(Sources.Sql(), "private const string Sql = \"SELECT id FROM enterprises ORDER BY id\";");
        Assert.Matches(Sources.Sql(), "INSERT INTO rule_set_versions (hash) VALUES (@Hash) ON CONFLICT (hash) DO NOTHING");
        Assert.DoesNotMatch(Sources.Sql(), "/// <summary>Select the rules that apply.</summary>");
        Assert.Matches(Sources.Npgsql(), "using Npgsql;");
        Assert.NotEmpty(Sources.Matching(Sources.Sql(), f => f.StartsWith("src/ComplianceEngine.Data/", StringComparison.Ordinal)));
    }
}
