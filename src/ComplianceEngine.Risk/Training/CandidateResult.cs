namespace ComplianceEngine.Risk.Training;

/// <summary>One trainer tried during selection, with its validation ROC AUC and how long it took to fit.</summary>
public sealed record CandidateResult(string Trainer, double ValidationAuc, double Seconds);
