using ComplianceEngine.Risk.Training;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Risk;

/// <summary>
/// The risk model, loaded once at start when <c>Risk:ModelPath</c> is set. A configured model that cannot be loaded
/// (missing, or trained on another feature schema) stops start-up: serving lists from no model would be silent.
/// </summary>
public sealed class RiskModelHolder(IOptions<RiskOptions> options)
{
    private readonly Lazy<RiskModel?> _model = new(() => options.Value.ModelPath is { Length: > 0 } path ? RiskModel.Load(Path.GetFullPath(path)) : null);

    public RiskModel? Model => _model.Value;
}
