namespace ComplianceEngine.Host.Auth;

/// <summary>Who may do what; the matrix is in docs/host.md.</summary>
public static class Policies
{
    /// <summary>Submit projects for screening and import records: officers (and admins).</summary>
    public const string Screen = "screen";

    /// <summary>Read an enterprise and its history: everyone, an enterprise caller only its own.</summary>
    public const string ReadEnterprise = "read-enterprise";

    /// <summary>Read a project's history: officers, enforcement teams and admins.</summary>
    public const string ReadProjects = "read-projects";

    /// <summary>Read one stored evaluation by id: everyone, an enterprise caller only its own enterprise's.</summary>
    public const string ReadEvaluations = "read-evaluations";

    /// <summary>Read the catalog: every authenticated caller.</summary>
    public const string ReadRules = "read-rules";

    /// <summary>Read the inspection risk list: enforcement teams (and admins).</summary>
    public const string ReadRiskList = "read-risk-list";

    /// <summary>Read issued notices: everyone, an enterprise caller only its own.</summary>
    public const string ReadNotices = "read-notices";

    /// <summary>Reload the catalog: admins only.</summary>
    public const string Administer = "administer";
}
