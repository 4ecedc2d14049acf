using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Risk.Features;

/// <summary>The permit as of a date: none, expired, expiring (within <see cref="ExpiringWithinDays"/>) or valid.</summary>
public static class PermitState
{
    public const int ExpiringWithinDays = 180;

    public static string Of(Permit? permit, DateOnly asOf)
    {
        // A permit issued after the as-of date was not held on it: counting it would leak the future.
        if (permit is null || permit.ValidFrom > asOf)
        {
            return "none";
        }

        if (permit.ValidTo < asOf)
        {
            return "expired";
        }

        return permit.ValidTo <= asOf.AddDays(ExpiringWithinDays) ? "expiring" : "valid";
    }
}
