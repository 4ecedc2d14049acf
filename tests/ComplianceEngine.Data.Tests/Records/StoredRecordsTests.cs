using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Data.Records;

namespace ComplianceEngine.Data.Tests.Records;

public sealed class StoredRecordsTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ReadAsync_ReturnsRevision2Fields_WhenImportedRecordsHaveThem()
    {
        var path = _files.Write("rev2.jsonl", string.Join('\n',
            """{"kind":"enterprise","id":"R2-E","name":"某钢铁有限公司","industryCode":"3120","city":"九江市","county":"湖口县","cityCode":"360400","countyCode":"360429","legalRepresentative":"张三","address":"湖口县金砂湾工业园","permit":{"number":"P-1","managementClass":"key","validFrom":"2021-06-01","validTo":"2026-05-31","renewalAppliedOn":"2026-03-01"},"facilities":[{"id":"GL-1","name":"1#锅炉","type":"boiler","commissionedOn":"2012-05-01"}]}""",
            """{"kind":"project","id":"R2-P","name":"某项目","industryCode":"2110","city":"赣州市","cityCode":"360700","constructionType":"new","applicationDate":"2025-03-10","builder":{"name":"赣州某家具有限公司","creditCode":"91360400MA35H8K2RG"},"projectCode":"2503-360703-04-01-123456","eiaDocument":"table","investmentTenThousandYuan":1500.5,"site":{"inEcologicalRedLine":false,"inPermanentBasicFarmland":false,"inCountyBuiltUpArea":true,"inChemicalPark":false}}"""));
        var summary = await new Importer(db.DataSource).ImportAsync(path);
        var stored = new StoredRecords(db.DataSource);

        var enterprise = Assert.IsType<EnterpriseRecord>(Assert.Single(await stored.ReadAsync("enterprise", ["R2-E"]).ToListAsync()).Record);
        var project = Assert.IsType<ProjectRecord>(Assert.Single(await stored.ReadAsync("project", ["R2-P"]).ToListAsync()).Record);

        Assert.Equal(2, summary.Inserted);
        Assert.Equal(("360400", "360429", "张三"), (enterprise.CityCode, enterprise.CountyCode, enterprise.LegalRepresentative));
        Assert.Equal(new DateOnly(2026, 3, 1), enterprise.Permit!.RenewalAppliedOn);
        Assert.Equal(("1#锅炉", new DateOnly(2012, 5, 1)), (enterprise.Facilities[0].Name, enterprise.Facilities[0].CommissionedOn));
        Assert.Equal(("赣州某家具有限公司", "table", 1500.5), (project.Builder!.Name, project.EiaDocument, project.InvestmentTenThousandYuan));
        Assert.Equal("2503-360703-04-01-123456", project.ProjectCode);
    }
}
