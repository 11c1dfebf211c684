// parse5's tree adapter over standard DOM calls: parse5 decides the tree, the document given makes
// the nodes. Used with linkedom's document (dom.ts); any DOM's document would do.
import { html, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';

export type DomTypes = TreeAdapterTypeMap<
  Node,
  ParentNode & Node,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  HTMLTemplateElement,
  DocumentType
>;

const TEXT_NODE = 3;

type LinkedomDocument = Document & Partial<Pick<DOMImplementation, 'createDocumentType'>>;

function attributeName({ name, prefix }: Token.Attribute): string {
  return prefix ? `${prefix}:${name}` : name;
}

export function linkedomAdapter(document: Document): TreeAdapter<DomTypes> {
  let mode = html.DOCUMENT_MODE.NO_QUIRKS;
  /** Text is appended to a text node just before, as the standard's parser does (no split runs). */
  const textBefore = (parent: Node, text: string, before: Node | null): void => {
    const previous = before ? before.previousSibling : parent.lastChild;
    if (previous?.nodeType === TEXT_NODE) (previous as Text).data += text;
    else parent.insertBefore(document.createTextNode(text), before);
  };
  return {
    createDocument: () => document,
    createDocumentFragment: () => document.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const element =
        namespaceURI === html.NS.HTML
          ? document.createElement(tagName)
          : document.createElementNS(namespaceURI, tagName);
      for (const attr of attrs) element.setAttribute(attributeName(attr), attr.value);
      return element;
    },
    createCommentNode: (data) => document.createComment(data),
    createTextNode: (value) => document.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, reference) => void parent.insertBefore(node, reference),
    // A template's children go to its content fragment, which the element makes itself.
    setTemplateContent: () => {},
    getTemplateContent: (template) => template.content,
    setDocumentType(doc, name, publicId, systemId) {
      if (doc.doctype) return;
      // linkedom makes doctypes on the document itself, the standard on its implementation.
      const own = doc as LinkedomDocument;
      const doctype = own.createDocumentType
        ? own.createDocumentType(name, publicId, systemId)
        : doc.implementation.createDocumentType(name, publicId, systemId);
      doc.insertBefore(doctype, doc.firstChild);
    },
    setDocumentMode: (_doc, documentMode) => {
      mode = documentMode;
    },
    getDocumentMode: () => mode,
    detachNode: (node) => node.parentNode?.removeChild(node),
    insertText: (parent, text) => textBefore(parent, text, null),
    insertTextBefore: (parent, text, reference) => textBefore(parent, text, reference),
    adoptAttributes(recipient, attrs) {
      for (const attr of attrs) {
        const name = attributeName(attr);
        if (!recipient.hasAttribute(name)) recipient.setAttribute(name, attr.value);
      }
    },
    getFirstChild: (node) => node.firstChild as ChildNode | null,
    getChildNodes: (node) => [...node.childNodes],
    getParentNode: (node) => node.parentNode as (ParentNode & Node) | null,
    getAttrList: (element) => [...element.attributes].map(({ name, value }) => ({ name, value })),
    getTagName: (element) => element.localName,
    getNamespaceURI: (element) => element.namespaceURI as html.NS,
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: (node): node is Text => node.nodeType === TEXT_NODE,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is DocumentType => node.nodeType === 10,
    isElementNode: (node): node is Element => node.nodeType === 1,
    setNodeSourceCodeLocation: () => {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => {},
  };
}
