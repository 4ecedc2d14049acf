using ComplianceEngine.Host.Tests.Risk;

namespace ComplianceEngine.Host.Tests.Pages.Inspections;

/// <summary>The browser fixture over a host with a really trained risk model, so the inspection list has scores and a random share.</summary>
public sealed class EnforcementBrowserHost() : BrowserHost(WithModel())
{
    private static KestrelPageHost WithModel()
    {
        var host = new KestrelPageHost();
        host.ExtraSettings["Risk:ModelPath"] = TrainedModel.Path;
        return host;
    }
}
