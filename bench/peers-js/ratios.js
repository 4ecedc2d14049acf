'use strict'
// Prints the five-rule comparison of one bench/peers.sh run: BenchmarkDotNet's JSON report (hand-written C#, the
// engine, NRules) and peers-js.json (json-rules-engine), as µs per record and ratios. Usage: node ratios.js DIR
const fs = require('node:fs')
const path = require('node:path')

const dir = process.argv[2]
const results = path.join(dir, 'bdn', 'results')
const report = fs.readdirSync(results).find(f => f.includes('FiveRulesBenchmarks') && f.endsWith('.json'))
if (!report) {
  console.error(`no FiveRulesBenchmarks JSON report under ${results}`)
  process.exit(1)
}

const us = {}
for (const b of JSON.parse(fs.readFileSync(path.join(results, report), 'utf8')).Benchmarks) {
  us[b.Method] = b.Statistics.Mean / 1000
}
const js = JSON.parse(fs.readFileSync(path.join(dir, 'peers-js.json'), 'utf8'))
const rows = [
  ['hand-written C#', us.HandWritten],
  ['ComplianceEngine (RuleSet.Evaluate)', us.Engine],
  ['NRules 1.0.4', us.NRules],
  [`json-rules-engine 7.3.1, Node ${js.node}, JSONPath paths`, js.usPerRecordJsonPath],
  [`json-rules-engine 7.3.1, Node ${js.node}, pathResolver`, js.usPerRecordPathResolver]
]
console.log('| five rules, one thread | µs per record | × hand-written | × the engine |')
console.log('|---|---:|---:|---:|')
for (const [name, value] of rows) {
  console.log(`| ${name} | ${value.toFixed(2)} | ${(value / us.HandWritten).toFixed(2)}× | ${(value / us.Engine).toFixed(2)}× |`)
}
