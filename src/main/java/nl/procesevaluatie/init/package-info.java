/**
 * {@code ./evaluate init INBOX_DIR}: reads every CSV export in an inbox and writes a job-file draft that runs
 * as it is. Each guess (encoding, delimiter, extra header rows, date patterns, decimal separator, tokens,
 * missing-value codes, which files form one dataset, which column holds which field) is written down with
 * its evidence; what only the evaluator knows is a valid placeholder marked TODO.
 *
 * <p>Flow: {@link nl.procesevaluatie.init.FileSniffer} reads each file, {@link nl.procesevaluatie.init.FileGroups}
 * joins files into datasets, {@link nl.procesevaluatie.init.ColumnProfile} describes each column's values,
 * {@link nl.procesevaluatie.init.DatasetGuesser} decides roles and field mappings, and
 * {@link nl.procesevaluatie.init.DraftWriter} writes the YAML.
 */
package nl.procesevaluatie.init;
