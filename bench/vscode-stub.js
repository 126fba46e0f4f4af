// Stands in for the 'vscode' module when the bench times loading the extension bundle.
module.exports = {};
