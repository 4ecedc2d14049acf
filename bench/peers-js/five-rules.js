'use strict'
// The five benchmark rules (PRM-NONE-01, PRM-EXPIRED-01, ULE-STEEL-01, VOC-BYPASS-01, LIM-STD-01) in json-rules-engine,
// over the records the .NET bench exported (`peers-export DIR N`): first checked finding by finding against the
// engine's findings (engine-findings.json), then timed per record, with json-rules-engine's default JSONPath
// resolution and with a plain property-walk `pathResolver`. Usage: node five-rules.js DIR
const fs = require('node:fs')
const path = require('node:path')
const { Engine } = require('json-rules-engine')

const dir = process.argv[2]
if (!dir) {
  console.error('usage: node five-rules.js DIR (the folder peers-export wrote)')
  process.exit(2)
}

const read = name => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))
const records = read('records.json')
const catalog = read('catalog.json')
const expected = read('engine-findings.json')

const steelTypes = ['sintering', 'pelletizing', 'blast-furnace', 'converter', 'electric-furnace', 'coke-oven']
const vocSectors = ['petrochemical', 'coal-chemical', 'pharmaceutical', 'pesticide', 'surface-coating', 'packaging-printing']
const vocTypes = ['coating-line', 'printing-line', 'storage-tank']
const limitTypes = ['boiler', 'power-unit', 'sintering', 'pelletizing', 'coke-oven', 'cement-kiln', 'ceramic-kiln']
const datedTypes = ['boiler', 'power-unit']

const cond = (fact, p, operator, value) => ({ fact, path: p, operator, value })
const rule = (ruleId, severity, conditions) => ({ name: ruleId, conditions, event: { type: 'finding', params: { ruleId, severity } } })

const recordRules = [
  rule('PRM-NONE-01', 'prohibition', {
    all: [cond('record', '$.permit', 'absent', true),
      { any: [cond('record', '$.sectors', 'notEmpty', true), cond('record', '$.facilities', 'notEmpty', true)] }]
  }),
  // A registration is no permit; a renewal applied for in time is deemed granted after the expiry (行政许可法 第五十条).
  rule('PRM-EXPIRED-01', 'prohibition', {
    all: [cond('record', '$.permit.managementClass', 'notEqual', 'registration'), { fact: 'deemedRenewed', operator: 'equal', value: false },
      { any: [cond('record', '$.permit.validTo', 'dateBefore', { fact: 'asOf' }), cond('record', '$.permit.validFrom', 'dateAfter', { fact: 'asOf' })] }]
  })
]
const facilityRules = [
  rule('ULE-STEEL-01', 'supervision', {
    all: [cond('record', '$.sectors', 'contains', 'steel'), cond('facility', '$.type', 'in', steelTypes),
      cond('facility', '$.ultraLowStatus', 'notEqual', 'completed')]
  }),
  rule('VOC-BYPASS-01', 'supervision', {
    all: [cond('record', '$.sectors', 'intersects', vocSectors), cond('facility', '$.type', 'in', vocTypes),
      cond('facility', '$.hasBypass', 'equal', true)]
  })
]
const aboveLimit = [cond('facility', '$.type', 'in', limitTypes), cond('facility', '$.fuel', 'notEqual', 'biomass'),
  { fact: 'limit', operator: 'present', value: true }, cond('emission', '$.concentrationMgM3', 'greaterThan', { fact: 'limit' })]
const emissionRules = [
  rule('LIM-STD-01', 'limit', {
    all: [...aboveLimit, {
      any: [cond('facility', '$.type', 'notIn', datedTypes), cond('facility', '$.commissionedOn', 'present', true),
        cond('emission', '$.concentrationMgM3', 'above', { fact: 'loosest' })]
    }]
  }),
  // Without the commissioning date a value above the strictest table but not above every table asks for the date (ADR 0008).
  rule('LIM-STD-01', 'missing', {
    all: [...aboveLimit, cond('facility', '$.type', 'in', datedTypes), cond('facility', '$.commissionedOn', 'absent', true),
      cond('emission', '$.concentrationMgM3', 'notAbove', { fact: 'loosest' })]
  })
]

// The strictest standard limit in force for the facility's type, fuel, pollutant and commissioning date (catalog table).
function limit (city, facility, pollutant) {
  let best = null
  for (const l of catalog.cities[city].limits) {
    if (l.pollutant === pollutant && l.facilityTypes.includes(facility.type) && (l.fuel == null || l.fuel === facility.fuel) &&
      (facility.commissionedOn == null || ((l.commissionedFrom == null || facility.commissionedOn >= l.commissionedFrom) &&
        (l.commissionedBefore == null || facility.commissionedOn < l.commissionedBefore))) && (best == null || l.valueMgM3 < best)) {
      best = l.valueMgM3
    }
  }
  return best
}

// InstallationAge.WhateverAge: over each age class a facility of unknown commissioning date could have, the strictest
// limit covering it, and the loosest of those; null when some class has no limit.
function loosest (city, facility, pollutant) {
  const candidates = catalog.cities[city].limits.filter(l => l.pollutant === pollutant && l.facilityTypes.includes(facility.type) &&
    (l.fuel == null || l.fuel === facility.fuel))
  if (candidates.length === 0) return null
  const classes = new Set(['0001-01-01'])
  for (const l of candidates) {
    for (const d of [l.commissionedFrom, l.commissionedBefore]) if (d != null && d <= catalog.asOf) classes.add(d)
  }
  let worst = null
  for (const c of classes) {
    let strictest = null
    for (const l of candidates) {
      if ((l.commissionedFrom == null || c >= l.commissionedFrom) && (l.commissionedBefore == null || c < l.commissionedBefore) &&
        (strictest == null || l.valueMgM3 < strictest)) strictest = l.valueMgM3
    }
    if (strictest == null) return null
    if (worst == null || strictest > worst) worst = strictest
  }
  return worst
}

const addDays = (iso, days) => { const d = new Date(iso + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + days); return d.toISOString().slice(0, 10) }
function deemedRenewed (r) {
  const p = r.permit
  const lead = catalog.cities[r.city].renewalLeadDays
  return p != null && p.validTo < asOf && p.renewalAppliedOn != null && lead != null &&
    p.renewalAppliedOn >= p.validFrom && p.renewalAppliedOn <= addDays(p.validTo, -Math.round(lead))
}

// The twelve complete months before the as-of month (Emission.CountsOn).
const asOf = catalog.asOf
const current = new Date(asOf.slice(0, 7) + '-01T00:00:00Z')
const first = new Date(current); first.setUTCMonth(first.getUTCMonth() - 12)
const month = d => d.toISOString().slice(0, 7)
const [firstMonth, currentMonth] = [month(first), month(current)]
const counts = e => e.period >= firstMonth && e.period < currentMonth

// Walks '$.a.b' as plain properties: the `pathResolver` option instead of JSONPath.
const walk = (value, p) => {
  let v = value
  for (const key of p.split('.')) {
    if (key === '$') continue
    if (v == null) return undefined
    v = v[key]
  }
  return v
}

function engine (rules, options) {
  const e = new Engine(rules, { allowUndefinedFacts: true, ...options })
  e.addOperator('absent', v => v == null)
  e.addOperator('present', v => v != null)
  e.addOperator('notEmpty', v => Array.isArray(v) && v.length > 0)
  e.addOperator('intersects', (v, list) => Array.isArray(v) && v.some(x => list.includes(x)))
  e.addOperator('dateBefore', (v, d) => typeof v === 'string' && v < d)
  e.addOperator('dateAfter', (v, d) => typeof v === 'string' && v > d)
  e.addOperator('above', (v, l) => l != null && v > l)
  e.addOperator('notAbove', (v, l) => l == null || v <= l)
  return e
}

function finding (r, event, facility, emission) {
  const { ruleId, severity } = event.params
  const city = catalog.cities[r.city]
  const deadline = ruleId === 'ULE-STEEL-01' ? city.steelDeadline : ruleId === 'VOC-BYPASS-01' ? city.vocDeadline : null
  const fired = ruleId === 'LIM-STD-01' && severity === 'limit'
  return {
    recordId: r.id, ruleId, facilityId: facility ? facility.id : null,
    pollutant: fired ? emission.pollutant : null, month: fired ? emission.period : null,
    severity, deadline, overdue: severity === 'missing' ? false : deadline == null || asOf > deadline,
    message: `${ruleId} ${r.id} ${facility ? facility.id : ''} ${fired ? `${emission.pollutant} ${emission.concentrationMgM3} > ${limit(r.city, facility, emission.pollutant)}` : ''}`
  }
}

async function evaluate (engines, r) {
  const found = []
  const add = (facility, emission) => ({ events }) => { for (const ev of events) found.push(finding(r, ev, facility, emission)) }
  add(null, null)(await engines.record.run({ record: r, asOf, deemedRenewed: deemedRenewed(r) }))
  for (const f of r.facilities || []) {
    add(f, null)(await engines.facility.run({ record: r, facility: f }))
  }
  for (const e of r.emissions || []) {
    const f = counts(e) ? (r.facilities || []).find(x => x.id === e.facilityId) : undefined
    if (f) {
      add(f, e)(await engines.emission.run({ record: r, facility: f, emission: e, limit: limit(r.city, f, e.pollutant), loosest: loosest(r.city, f, e.pollutant) }))
    }
  }
  return found
}

const keyOf = f => JSON.stringify([f.recordId, f.ruleId, f.facilityId, f.pollutant, f.month, f.severity, f.deadline, f.overdue])

async function mode (name, options) {
  const engines = { record: engine(recordRules, options), facility: engine(facilityRules, options), emission: engine(emissionRules, options) }
  // Parity first: the same findings as the engine, as a multiset of keys.
  const left = new Map()
  for (const f of expected) left.set(keyOf(f), (left.get(keyOf(f)) || 0) + 1)
  const differences = []
  for (const r of records) {
    for (const f of await evaluate(engines, r)) {
      const k = keyOf(f)
      if (left.get(k)) left.set(k, left.get(k) - 1)
      else differences.push(`only json-rules-engine: ${k}`)
    }
  }
  for (const [k, n] of left) if (n > 0) differences.push(`only the engine (${n}): ${k}`)
  if (differences.length > 0) {
    console.error(`json-rules-engine (${name}) and the engine disagree on ${differences.length} findings; first ones:\n  ` + differences.slice(0, 10).join('\n  '))
    process.exit(1)
  }

  // The parity pass warmed the engines up; now the timed pass over the same records.
  const start = process.hrtime.bigint()
  let fired = 0
  for (const r of records) fired += (await evaluate(engines, r)).length
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const usPerRecord = seconds * 1e6 / records.length
  console.log(`json-rules-engine 7.3.1, ${name}: ${records.length} records, ${fired} findings identical to the engine's, ${usPerRecord.toFixed(1)} µs per record`)
  return usPerRecord
}

async function main () {
  const jsonPath = await mode('default JSONPath paths', {})
  const resolver = await mode('pathResolver (property walk)', { pathResolver: walk })
  fs.writeFileSync(path.join(dir, 'peers-js.json'), JSON.stringify({
    node: process.version, records: records.length, usPerRecordJsonPath: jsonPath, usPerRecordPathResolver: resolver
  }, null, 2))
}

main().catch(e => { console.error(e); process.exit(1) })
