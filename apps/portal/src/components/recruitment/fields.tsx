// The recruitment pages' textarea and checkbox are the shared DKFDS fields; kept as an import point.
export { Checkbox, TextAreaField } from '../form-fields';
