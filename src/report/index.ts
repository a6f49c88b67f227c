export * from './model.js';
export { attendanceReport, cityReport, meetingReport, personReport, findPerson, findMeeting, Ambiguous, ROLE_MARK, reportReader } from './build.js';
export { render, FORMATS, type Format } from './render.js';
export { atomicFile, atomicFolder, checkWritable, streamOut, type Out } from './output.js';
export { EXPORT_FORMATS, exportCypher, exportGraphml, exportJsonl, exportNeo4jCsv, cypherLiteral, ARRAY_DELIMITER, type ExportFormat } from './export.js';
export { layoutNetwork } from './layout.js';
