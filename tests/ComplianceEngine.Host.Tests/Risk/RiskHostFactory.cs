
namespace ComplianceEngine.Host.Tests.Risk;

/// <summary>A host serving the risk list from a really trained model, with the bundled sample in its register.</summary>
public sealed class RiskHostFactory : HostFactory
{
    public RiskHostFactory() => ExtraSettings["Risk:ModelPath"] = TrainedModel.Path;

}
