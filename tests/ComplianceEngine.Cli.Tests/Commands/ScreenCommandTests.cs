using System.Text.Json;

namespace ComplianceEngine.Cli.Tests.Commands;

public class ScreenCommandTests
{
    [Fact]
    public void Screen_WritesOneJsonResultPerRecord_WithVersionAndAsOf()
    {
        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("enterprises.json"), CliRunner.DataPath("projects.json"),
            "--as-of", "2026-01-15", "--format", "json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var results = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["E-0002", "E-0101", "E-0203", "P-2025-0001", "P-2025-0002", "P-2025-0003"], results.Select(r => r.GetProperty("recordId").GetString()));
        Assert.All(results, r =>
        {
            Assert.StartsWith("sha256:", r.GetProperty("ruleSetVersion").GetString(), StringComparison.Ordinal);
            Assert.Equal("2026-01-15", r.GetProperty("asOf").GetString());
            Assert.Contains(r.GetProperty("outcome").GetString(), new[] { "approve", "conditional", "reject", "compliant", "due", "noncompliant" });
        });

        // The coal boiler of 10 t/h in Nankang's built-up area is banned; the enterprise without a permit is non-compliant.
        Assert.Equal("reject", results[3].GetProperty("outcome").GetString());
        Assert.Equal("noncompliant", results[2].GetProperty("outcome").GetString());
        var finding = results[3].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("severity").GetString() == "prohibition");
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("citation").GetProperty("quote").GetString()));
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetProperty("zh").GetString()));
    }

    [Fact]
    public void Screen_ReportsInvalidRecordsAndGoesOn_WhenABatchHasABadRecord()
    {
        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("mixed.jsonl"), "--as-of", "2026-01-15", "--format", "jsonl");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Equal("approve", lines[0].GetProperty("outcome").GetString());
        Assert.Equal("invalid", lines[1].GetProperty("outcome").GetString());
        Assert.Equal("compliant", lines[2].GetProperty("outcome").GetString());
        var paths = lines[1].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToArray();
        Assert.Contains("$.industryCode", paths);
        Assert.Contains("$.permit.managementClass", paths);
        Assert.Contains("$.permit.validTo", paths);
        Assert.Contains("$.facilities[0].capacityTph", paths);
    }

    [Fact]
    public void Screen_ExitsWithTwoAndOneLine_WhenAFileIsNotJson()
    {
        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("broken.json"), "--as-of", "2026-01-15");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: broken.json:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ScreensTheOtherFilesAndNamesTheBrokenOne_WhenOneFileBreaksOff()
    {
        var truncated = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.json");
        var enterprises = File.ReadAllText(CliRunner.DataPath("enterprises.json"));
        File.WriteAllText(truncated, enterprises[..(enterprises.Length / 2)]);
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("projects.json"), truncated,
                CliRunner.DataPath("projects.json"), "--as-of", "2026-01-15", "--format", "jsonl");

            Assert.Equal(2, code);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"error: {Path.GetFileName(truncated)}:", line, StringComparison.Ordinal);
            var projects = CliRunner.Run("screen", "--input", CliRunner.DataPath("projects.json"), "--as-of", "2026-01-15", "--format", "jsonl").Stdout
                .Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            // The files before and after the broken one are screened whole.
            Assert.Equal(projects, results[..projects.Length]);
            Assert.Equal(projects, results[^projects.Length..]);
        }
        finally
        {
            File.Delete(truncated);
        }
    }

    [Fact]
    public void Screen_ExitsWithTwo_WhenAFileDoesNotExist()
    {
        var (code, _, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("nowhere.json"), "--as-of", "2026-01-15");
        Assert.Equal(2, code);
        Assert.Contains("nowhere.json", stderr);
    }

    [Fact]
    public void Screen_WritesAFindingPerCsvRow_WithHeader()
    {
        var (code, stdout, _) = CliRunner.Run("screen", "--input", CliRunner.DataPath("projects.json"), "--as-of", "2026-01-15", "--format", "csv");
        Assert.Equal(0, code);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("recordId,kind,outcome,ruleSetVersion,asOf,ruleId", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("P-2025-0001,project,reject,", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_PrintsCountsAndCitations_InTheSummary()
    {
        var (code, stdout, _) = CliRunner.Run("screen", "--input", CliRunner.DataPath("enterprises.json"), CliRunner.DataPath("projects.json"),
            "--as-of", "2026-01-15", "--format", "summary");
        Assert.Equal(0, code);
        Assert.Contains("Screening summary: 6 records as of 2026-01-15", stdout);
        Assert.Contains("依据：《", stdout);
        Assert.Contains("approval refused     不予批准", stdout);
    }

    [Fact]
    public void Screen_NamesProjectsByTheirInstrument_InTheSummary()
    {
        // The 补正 projects of missing-decisive.jsonl lack a decisive value: they are asked to supply it, not approved.
        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("missing-decisive.jsonl"), CliRunner.DataPath("projects.json"),
            "--as-of", "2026-01-15", "--format", "summary");

        Assert.True(code == 0, stderr);
        Assert.Contains("supplement required  需补正", stdout, StringComparison.Ordinal);
        Assert.Contains("approval refused     不予批准", stdout, StringComparison.Ordinal);
        // A condition is named as a conditional approval, never as a request for materials.
        Assert.DoesNotContain("有条件批准", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_SaysTheAsOfDateAsked_WhenTheFileIsEmpty()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.json");
        File.WriteAllText(empty, "[]");
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("screen", "--input", empty, "--as-of", "2026-01-15", "--format", "summary");

            Assert.True(code == 0, stderr);
            Assert.Contains("Screening summary: 0 records as of 2026-01-15", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("as of -", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Fact]
    public void Screen_WritesSingularNouns_WhenThereIsOneRecord()
    {
        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("mixed.jsonl"), "--as-of", "2026-01-15", "--format", "summary");

        Assert.True(code == 0, stderr);
        Assert.Contains("Screening summary: 3 records", stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b1 (records|findings|rules)\b", stdout);
    }

    [Fact]
    public void Screen_GivesTheCitationInEnglishBesideTheChinese_InTheSummaryAndJson()
    {
        var summary = CliRunner.Run("screen", "--input", CliRunner.DataPath("projects.json"), "--as-of", "2026-01-15", "--format", "summary").Stdout;
        var (code, json, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("projects.json"), "--as-of", "2026-01-15", "--format", "json");

        Assert.True(code == 0, stderr);
        Assert.Matches(@"Basis: [A-Z][^\n]*, (Chapter|Article|Section|Table)[^\n]*: ""[A-Z][a-z]", summary);
        using var doc = JsonDocument.Parse(json);
        var citations = doc.RootElement.EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("citation")).ToArray();
        Assert.NotEmpty(citations);
        Assert.All(citations, c =>
        {
            Assert.Matches("^[A-Z(]", c.GetProperty("quoteEn").GetString()!);
            Assert.Matches("^[A-Z]", c.GetProperty("documentEn").GetString()!);
        });
    }

    [Fact]
    public void Screen_GivesTheSameOutput_WhenRunTwice()
    {
        string[] args = ["screen", "--input", CliRunner.DataPath("enterprises.json"), CliRunner.DataPath("projects.json"), "--as-of", "2026-01-15", "--format", "json"];
        Assert.Equal(CliRunner.Run(args).Stdout, CliRunner.Run(args).Stdout);
    }

    [Fact]
    public void Screen_ReadsCityAsOfficialNameWithNote_WhenCityIsWrittenAnotherWay()
    {
        // Issue 11 item 2: the same ceramics enterprise with the city written seven ways, the last invented.
        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("city-variants.jsonl"), "--as-of", "2025-06-30", "--format", "jsonl");

        Assert.True(code == 0, stderr);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["due", "due", "due", "due", "due", "due", "invalid"], results.Select(r => r.GetProperty("outcome").GetString()));
        Assert.False(results[0].TryGetProperty("notes", out _));
        Assert.All(results[1..6], r => Assert.Equal("$.city", r.GetProperty("notes")[0].GetProperty("path").GetString()));
        Assert.Contains("南昌市", results[6].GetProperty("errors")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_AsksForCapacityInsteadOfPassing_WhenACoalBoilerHasNone()
    {
        // Issue 11 item 3: a new coal boiler project in a county built-up area, and a key-class coal boiler, each
        // without capacityTph (the next record of each pair has it: 10 t/h rejected, 75 t/h due).
        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("missing-decisive.jsonl"), "--as-of", "2025-06-30", "--format", "jsonl");

        Assert.True(code == 0, stderr);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["conditional", "reject", "due", "due"], results.Select(r => r.GetProperty("outcome").GetString()));
        foreach (var (result, rule) in new[] { (results[0], "SIT-COALBOILER-01"), (results[2], "ULE-BOILER-01") })
        {
            var asked = result.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == rule);
            Assert.Equal("missing", asked.GetProperty("severity").GetString());
            Assert.Equal("facilities[].capacityTph", asked.GetProperty("missingFields")[0].GetString());
        }

        Assert.DoesNotContain(results[1].GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "missing");
    }
}
