import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import './react-testing';
import './same-realm-bytes';
