using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Synthetic;

/// <summary>
/// Draws contract-valid enterprise records as of a reference date: permits (some missing, expired or expiring),
/// facilities with retrofit states, twelve months of monitored emissions (a few above their limits), and history.
/// Deterministic for a seed.
/// </summary>
public sealed class EnterpriseGenerator(int seed, DateOnly referenceDate)
{
    private readonly Draw _draw = new(seed);

    public EnterpriseRecord Next(int number)
    {
        var archetype = _draw.Weighted(Archetypes.All, a => a.Weight);
        var city = _draw.Weighted(Places.Cities, c => c.Weight);
        var id = $"E-{number:D7}";
        var facilities = archetype.Facilities(_draw, id);
        var monitored = facilities.Where(f => f.OnlineMonitoring == true).ToArray();
        var record = new EnterpriseRecord
        {
            Id = id,
            Name = $"{city.Name[..^1]}{Places.Trade(_draw)}{archetype.NameZh}有限公司",
            CreditCode = CreditCodes.Make(_draw, city.Code),
            IndustryCode = archetype.IndustryCode,
            City = city.Name,
            County = _draw.Pick(city.Counties),
            CityCode = city.Code,
            Permit = Permit(id),
            Facilities = facilities,
            LowVocMaterialShare = facilities.Any(f => f.Type is "coating-line" or "printing-line") ? Math.Round(_draw.Uniform(), 2) : null,
            Emissions = monitored.SelectMany(Emissions).ToArray(),
            History = new EnforcementHistory
            {
                Violations3y = _draw.Poisson(0.4), Inspections3y = _draw.Poisson(2.5), Complaints12m = _draw.Poisson(0.8),
                CreditRating = _draw.Weighted<string>(["green", "blue", "yellow", "red", "black"], r => r switch
                {
                    "green" => 30, "blue" => 45, "yellow" => 15, "red" => 8, _ => 2,
                }),
            },
            Sectors = SectorMap.SectorsOf(archetype.IndustryCode, facilities),
        };

        // Drawn inside the initializer (draw order fixes the sample); its code is looked up, not drawn.
        return record with { CountyCode = city.CountyCode(record.County!) };
    }

    private Permit? Permit(string id)
    {
        if (_draw.Chance(0.06))
        {
            return null;
        }

        // Five-year permits, mostly current: a few lapsed (issued more than five years ago), some inside the renewal window.
        var validFrom = referenceDate.AddDays(-(_draw.Chance(0.04) ? _draw.Between(5 * 365 + 10, 6 * 365) : _draw.Between(30, 5 * 365 - 5)));
        return new Permit
        {
            Number = $"9136{_draw.Between(10000000, 99999999)}{id[^4..]}001P",
            ManagementClass = _draw.Weighted<string>(["key", "simplified", "registration"], c => c == "key" ? 3 : c == "simplified" ? 5 : 2),
            ValidFrom = validFrom,
            ValidTo = validFrom.AddYears(5).AddDays(-1),
            LastAnnualReportYear = referenceDate.Year - (_draw.Chance(0.94) ? 1 : 2),
        };
    }

    private IEnumerable<Emission> Emissions(Facility facility)
    {
        if (!MonitoredPollutants.Typical.TryGetValue(facility.Type, out var pollutants))
        {
            yield break;
        }

        var first = new DateOnly(referenceDate.Year, referenceDate.Month, 1).AddMonths(-11);
        var polluter = _draw.Chance(0.06);
        foreach (var (pollutant, standard, ultraLow) in pollutants)
        {
            var typical = facility.UltraLowDone ? ultraLow : facility.Fuel == "gas" && pollutant != "NOx" ? standard / 5 : standard;
            for (var m = 0; m < 12; m++)
            {
                var factor = 0.6 + (_draw.Uniform() * 0.6) + (polluter && _draw.Chance(0.25) ? 1.5 : 0);
                yield return new Emission
                {
                    FacilityId = facility.Id!, Pollutant = pollutant, Period = first.AddMonths(m),
                    ConcentrationMgM3 = Math.Round(typical * factor, 1),
                };
            }
        }
    }
}
