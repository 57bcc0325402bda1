/**
 * The WSDL's ports as the emitters see them: per port, its operations with the parts of their
 * messages as Body elements, whatever the binding's style. Read from the model's services.
 */
import { qnameKey, type QName, type SchemaModel, type TypeRef } from '../model/ir.ts';

export interface PartView {
  /** The part's name: the property of a message value with several parts. */
  name: string;
  element: QName;
  type: TypeRef;
}

export interface MessageView {
  body: PartView[];
  headers: PartView[];
}

export interface OperationView {
  name: string;
  soapAction: string;
  soapVersion: '1.1' | '1.2';
  input: MessageView;
  /** Absent for one-way operations. */
  output?: MessageView;
  faults: PartView[];
  doc?: string;
}

export interface PortView {
  /** The key of the port's names in the name table. */
  key: string;
  service: string;
  port: string;
  address?: string;
  operations: OperationView[];
}

export function portViews(model: SchemaModel): PortView[] {
  if (!model.service) return [];
  const part = (element: QName): PartView => ({ name: 'parameters', element, type: model.elements.get(qnameKey(element))!.type });
  return [
    {
      key: model.service.name,
      service: model.service.name,
      port: model.service.portType,
      ...(model.service.address ? { address: model.service.address } : {}),
      operations: model.operations.map((op) => ({
        name: op.name,
        soapAction: op.soapAction,
        soapVersion: '1.1',
        input: { body: [part(op.input)], headers: [] },
        output: { body: [part(op.output)], headers: [] },
        faults: [],
        ...(op.doc ? { doc: op.doc } : {}),
      })),
    },
  ];
}
