// Mocha's spec reporter, plus a JSON file of the counts (passed, failed, skipped) for the test command's
// closing line. The file is named by MARGINALIA_RESULTS; without it the reporter is just `spec`.
const Mocha = require('mocha');
const fs = require('node:fs');

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.MARGINALIA_RESULTS;
      if (!file) return;
      const { passes, failures, pending } = this.stats;
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
    });
  }
}

module.exports = CountingReporter;
