/* Generated from openapi.json by npm run openapi; do not edit. */
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with a username and password; sets the session cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Session'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the current session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and the CSRF token for state-changing requests */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: components['schemas']['User'];
              csrfToken: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Create a user (a buyer names its party) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            displayName: string;
            password: string;
            /** @enum {string} */
            role: 'admin' | 'compliance' | 'planner' | 'shipping' | 'auditor' | 'buyer';
            partyId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your API tokens */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiToken'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Create an API token for yourself; the token is shown only in this response */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            expiresInDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              token: string;
              expiresAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one of your API tokens */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/parties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Parties by legal name, filtered (a buyer sees only its own) */
    get: {
      parameters: {
        query?: {
          role?: 'exporter' | 'buyer' | 'consignee' | 'end-user';
          country?: string;
          screeningStatus?: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
          q?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Party'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Add a party (audited); it starts unscreened */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewPartyInput'];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Party'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/parties.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered list as CSV in the import format, streamed (a buyer gets only its own party) */
    get: {
      parameters: {
        query?: {
          role?: 'exporter' | 'buyer' | 'consignee' | 'end-user';
          country?: string;
          screeningStatus?: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV with the columns id, legal_name, other_names, roles, country, hq_country, identifiers, address_lines, address_city, address_postal_code, address_country */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
            'application/json': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/parties/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One party */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Party'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change some of a party’s fields (audited with each field before and after); the id is fixed */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PartyChangesInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Party'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/parties/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import parties from CSV, all or nothing; every bad row is reported by row and column (up to 100)
     * @description Send the file as the body with Content-Type text/csv. Columns: id, legal_name, other_names, roles, country, hq_country, identifiers, address_lines, address_city, address_postal_code, address_country. List values are separated by |, identifiers are SCHEME:value. With dryRun=true the whole file is checked, ids already taken included, and nothing is written.
     */
    post: {
      parameters: {
        query?: {
          fileName?: string;
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description The CSV file */
      requestBody: {
        content: {
          'text/csv': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PartyImportResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The product catalogue, each product classified under the rules in force on asOf (default today) */
    get: {
      parameters: {
        query?: {
          asOf?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProductView'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Add a product with its technical figures and their sources */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProductSpecInput'];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProductView'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One product with its classification, explanation, sources and decisions */
    get: {
      parameters: {
        query?: {
          asOf?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProductView'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/products/{id}/classification-decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the computed class, or override it, with a reason (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ClassificationDecisionRequestInput'];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProductView'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Classify chip specs without storing them (the same contract as `tranche classify`) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            specs: unknown[];
            asOf?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ChipClassification'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/determinations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Is a licence required for this product, destination, buyer, end use and day? Which exceptions, which review policy? */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            productId: string;
            destination: string;
            buyerPartyId?: string;
            buyerHqCountry?: string;
            /** @default {} */
            endUse?: {
              supercomputer?: boolean;
              advancedNodeIcProduction?: boolean;
              reexport?: boolean;
            };
            asOf?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LicenceDetermination'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rules in force on asOf (default today), each with its effective date and citation */
    get: {
      parameters: {
        query?: {
          asOf?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RuleSetSummary'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail, newest first, with filters */
    get: {
      parameters: {
        query?: {
          entityType?: string;
          entityId?: string;
          actor?: string;
          from?: string;
          to?: string;
          beforeSeq?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              events: components['schemas']['AuditEvent'][];
              nextBeforeSeq: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-events/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the hash chain and name the first broken link */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              eventsChecked: number;
              headSeq: number;
              firstBreak: {
                kind: string;
                seq: number;
                description: string;
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Authorisations with their balances (a buyer sees those that name its party) */
    get: {
      parameters: {
        query?: {
          kind?: 'export-licence' | 'exception-use' | 'import-approval' | 'party-cap' | 'ratio-cap';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Authorisation'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Record an export licence, exception use, import approval or cap; its opening grant is the first ledger entry */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AuthorisationTermsInput'];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Authorisation'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One authorisation with its balance */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Authorisation'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ledger entries in order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerEntry'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}/ledger.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ledger entries as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}/reservations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reserve units (and value) for an order line; refused with AUTHORISATION_EXHAUSTED when not available
     * @description Send an Idempotency-Key header so that a retried request is applied once.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
            value?: {
              amountMinor: number;
              currency: string;
            };
            reference?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MovementResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Release reserved units back to available
     * @description Send an Idempotency-Key header so that a retried request is applied once.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
            value?: {
              amountMinor: number;
              currency: string;
            };
            reason?: string;
            reference?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MovementResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}/consumptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write reserved units off as shipped
     * @description Send an Idempotency-Key header so that a retried request is applied once.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
            value?: {
              amountMinor: number;
              currency: string;
            };
            reference?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MovementResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record units returned after shipment (restores nothing: compliance adjusts if they may ship again)
     * @description Send an Idempotency-Key header so that a retried request is applied once.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
            reason?: string;
            reference?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MovementResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the authorised quantity (signed) with a reason: the only way to amend an authorisation
     * @description Send an Idempotency-Key header so that a retried request is applied once.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
            value?: {
              amountMinor: number;
              currency: string;
            };
            reason: string;
            reference?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MovementResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}/expiry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Expire whatever is still available
     * @description Send an Idempotency-Key header so that a retried request is applied once.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MovementResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/{id}/reference-shipments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a shipment to a ratio cap's reference market (e.g. a US end-use customer); the cap grows by the ratio
     * @description Send an Idempotency-Key header so that a retried request counts the shipment once.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            customerPartyId: string;
            quantity: number;
            shippedOn: string;
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MovementResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Re-derive every balance from its entries and report any difference */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              authorisationsChecked: number;
              entriesChecked: number;
              mismatches: {
                authorisationId: string;
                problem: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The list as CSV in the import format, filtered as the list is (a buyer gets those that name its party) */
    get: {
      parameters: {
        query?: {
          kind?: 'export-licence' | 'exception-use' | 'import-approval' | 'party-cap' | 'ratio-cap';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV with the columns kind, authority, number, holderPartyId, validFrom, validUntil, productIds, eccns, destinations, conditions, quantity, valueAmountMinor, valueCurrency, consignees, endUsers, exception, authorizationNumber, answeredOn, importerPartyId, round, cappedPartyId, ratioNumerator, ratioDenominator, referenceDestinations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
            'application/json': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/authorisations/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import authorisations from CSV, all or nothing; every bad row is reported by row and column (up to 100)
     * @description Send the file as the body with Content-Type text/csv. Columns: kind, authority, number, holderPartyId, validFrom, validUntil, productIds, eccns, destinations, conditions, quantity, valueAmountMinor, valueCurrency, consignees, endUsers, exception, authorizationNumber, answeredOn, importerPartyId, round, cappedPartyId, ratioNumerator, ratioDenominator, referenceDestinations. One row per authorisation; list values are separated by |; quantities and valueAmountMinor are whole numbers; a column the row’s kind does not use stays empty. Each row is issued as POST /api/authorisations would issue it, with its opening grant. With dryRun=true the whole file is checked, numbers already issued and unknown parties and products included, and nothing is written.
     */
    post: {
      parameters: {
        query?: {
          fileName?: string;
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description The CSV file */
      requestBody: {
        content: {
          'text/csv': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthorisationImportResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Which authorisations cover an order line, gate by gate, in draw order (earliest expiry, then id), and what is missing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['OrderLineInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Coverage'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Orders, newest first, filtered (a buyer sees only its own party’s) */
    get: {
      parameters: {
        query?: {
          buyerPartyId?: string;
          productId?: string;
          period?: string;
          tier?: 'firm' | 'forecast';
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Place an order (audited); a buyer orders for its own party, a reference the buyer already used is refused */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewOrderInput'];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered list as CSV in the import format, streamed (a buyer gets only its own) */
    get: {
      parameters: {
        query?: {
          buyerPartyId?: string;
          productId?: string;
          period?: string;
          tier?: 'firm' | 'forecast';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV with the columns buyerPartyId, productId, quantity, period, tier, reference */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
            'application/json': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['ErrorBody'];
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order (another party’s order does not exist for a buyer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import orders from CSV, all or nothing; every bad row is reported by row and column (up to 100)
     * @description Send the file as the body with Content-Type text/csv. Columns: buyerPartyId, productId, quantity, period, tier, reference. quantity is whole units in digits; period is YYYY-MM; tier is firm or forecast; reference (the buyer’s order number) may be empty. A (buyerPartyId, reference) pair already ordered, or repeated in the file, is refused; rows without a reference are imported again if the file is. A buyer may import its own party’s orders only. With dryRun=true the whole file is checked and nothing is written.
     */
    post: {
      parameters: {
        query?: {
          fileName?: string;
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description The CSV file */
      requestBody: {
        content: {
          'text/csv': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderImportResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Supply plan lines by product, period and kind (one product’s with productId) */
    get: {
      parameters: {
        query?: {
          productId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupplyPlan'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    /** Set one plan line, adding it if new (audited with the line before and after); units 0 clears it */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SupplyPlanLineInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupplyPlan'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rounds, newest first (one product’s with productId), each with its simulation in brief; a buyer sees the simulated rounds holding its orders, and only its own part */
    get: {
      parameters: {
        query?: {
          productId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RoundListItem'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Draft a round with its published criteria */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RoundTermsInput'];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Round'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One round with its latest simulation: awards, statements, orders without coverage */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Round'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{id}/simulation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Simulate the round (claims from open orders, caps from coverage, supply from the plans), adopting any changes to its terms first; reserves nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RoundChangesInput'] | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Round'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{id}/what-if': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What the round would award under other terms or capacity, beside its last simulation; changes nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RoundWhatIfInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RoundWhatIfResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve the simulation; refused to the person who simulated it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Round'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{id}/commit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reserve every award in every covering ledger in one transaction; ROUND_STALE when a ledger moved since the simulation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Round'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{id}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the round */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Round'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/screening/lists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every imported version of each restricted-party list, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ListVersion'][];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /**
     * Import a new version of a list (CSL, or OFAC’s consolidated files), audited, and re-screen the parties it affects
     * @description Send one CSL file (CSV, TSV or JSON, gzipped or not) as the body, with its name in fileName; or several files as multipart/form-data (OFAC’s cons_prim.csv with cons_alt.csv, cons_add.csv and cons_comments.csv). The new version replaces the active one of its kind in one transaction with the re-screening of every party an added, changed or removed entry can affect. A file that is not a list or is truncated is refused (LIST_INVALID, naming file and row) and nothing is written.
     */
    post: {
      parameters: {
        query?: {
          fileName?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description The list file(s) */
      requestBody: {
        content: {
          'application/octet-stream': string;
          'multipart/form-data': string;
          'text/csv': string;
          'application/gzip': string;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: components['schemas']['ListVersion'];
              auditEventSeq: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/screening/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Potential matches waiting for review, with the party, the listed entry and the explanation */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScreeningQueue'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/screening/parties/{partyId}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide one of a party’s current matches: confirmed (blocks the party until lifted), false-positive (remembered until the entry changes) or lifted (releases a confirmed match screening no longer finds); audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partyId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewScreeningDecisionInput'];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              decision: components['schemas']['ScreeningDecision'];
              /** @enum {string} */
              status: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
              auditEventSeq: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/screening/parties/{partyId}/screen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Screen a party now against the lists in force (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Screening'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/parties/{id}/screenings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A party’s screening status, its screenings (newest first) and the decisions on its matches */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScreeningHistory'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ErrorBodyInput: {
      error: {
        /** @enum {string} */
        code:
          | 'VALIDATION_FAILED'
          | 'UNAUTHENTICATED'
          | 'INVALID_CREDENTIALS'
          | 'FORBIDDEN'
          | 'CSRF_TOKEN_INVALID'
          | 'RATE_LIMITED'
          | 'NOT_FOUND'
          | 'CONFLICT'
          | 'RULES_INVALID'
          | 'RULES_NOT_IN_FORCE'
          | 'CLASSIFICATION_INCOMPLETE'
          | 'DATABASE_NOT_EMPTY'
          | 'AUDIT_CHAIN_BROKEN'
          | 'CONFIG_INVALID'
          | 'INTERNAL_ERROR'
          | 'AUTHORISATION_EXHAUSTED'
          | 'AUTHORISATION_NOT_VALID'
          | 'LEDGER_BALANCE_INSUFFICIENT'
          | 'CURRENCY_MISMATCH'
          | 'IDEMPOTENCY_KEY_REUSED'
          | 'LEDGER_UNBALANCED'
          | 'ROUND_STATE_INVALID'
          | 'ROUND_STALE'
          | 'LIST_INVALID';
        message: string;
        details: {
          path?: string;
          message: string;
        }[];
      };
    };
    UserInput: {
      id: string;
      username: string;
      displayName: string;
      /** @enum {string} */
      role: 'admin' | 'compliance' | 'planner' | 'shipping' | 'auditor' | 'buyer';
      partyId: string | null;
      disabled: boolean;
      createdAt: string;
    };
    AuditEventInput: {
      seq: number;
      at: string;
      actor: string;
      action: string;
      entityType: string;
      entityId: string;
      summary: string;
      changes: unknown;
      ruleSetVersion: string;
      prevHash: string;
      hash: string;
    };
    AuthorisationImportResultInput: {
      fileName: string;
      dryRun: boolean;
      rows: number;
      imported: number;
      sha256: string;
      auditEventSeq: number | null;
    };
    AuthorisationTermsInput:
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'export-licence';
          quantity: number;
          value?: {
            amountMinor: number;
            currency: string;
          };
          /** @default [] */
          consignees: string[];
          /** @default [] */
          endUsers: string[];
        }
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'exception-use';
          /** @enum {string} */
          exception: 'NAC' | 'ACA';
          authorizationNumber?: string;
          answeredOn?: string;
          quantity: number;
        }
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'import-approval';
          importerPartyId: string;
          round: string;
          quantity: number;
        }
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'party-cap';
          cappedPartyId: string;
          quantity: number;
        }
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'ratio-cap';
          ratio: {
            numerator: number;
            denominator: number;
          };
          referenceDestinations: string[];
        };
    LedgerBalanceInput: {
      authorised: number;
      reserved: number;
      used: number;
      /** @description Units returned after shipment; they restore nothing until compliance adjusts */
      returned: number;
      available: number;
      valueLimited: boolean;
      authorisedValue: number;
      reservedValue: number;
      usedValue: number;
      availableValue: number | null;
      entryCount: number;
    };
    AuthorisationInput: {
      id: string;
      terms: components['schemas']['AuthorisationTermsInput'];
      currency: string | null;
      balance: components['schemas']['LedgerBalanceInput'];
      daysToExpiry: number;
      createdAt: string;
    };
    LedgerEntryInput: {
      id: string;
      authorisationId: string;
      entryNo: number;
      /** @enum {string} */
      kind: 'grant' | 'reserve' | 'release' | 'consume' | 'adjust' | 'expire' | 'return';
      quantity: number;
      value: number;
      reason: string | null;
      reference: string | null;
      actor: string;
      at: string;
    };
    MovementResultInput: {
      entry: components['schemas']['LedgerEntryInput'];
      balance: components['schemas']['LedgerBalanceInput'];
    };
    SessionInput: {
      user: components['schemas']['UserInput'];
      csrfToken: string;
    };
    CitationInput: {
      title: string;
      source: string;
      url?: string;
    };
    MarginInput: {
      name: string;
      threshold: number;
      value: number | null;
      margin: number | null;
      usedBy: string[];
    };
    RuleReferenceInput: {
      id: string;
      citation: components['schemas']['CitationInput'];
    };
    ClassificationInput: {
      /** @enum {string} */
      eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
      paragraph: string | null;
      datacenter: boolean | null;
      tpp: number | null;
      tppFormat: string | null;
      pd: number | null;
      hbmBandwidthDensity: number | null;
      chinaCaseByCase: boolean;
      incomplete: boolean;
      component: {
        productId: string;
        name: string;
        units: number;
        /** @enum {string} */
        eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
      } | null;
      chipUnits: number | null;
      margins: components['schemas']['MarginInput'][];
      reasons: string[];
      rulesApplied: components['schemas']['RuleReferenceInput'][];
      overrides: {
        id: string;
        productId: string;
        effectiveFrom: string;
        summary: string;
        citation: components['schemas']['CitationInput'];
      }[];
      ruleSetVersion: string;
    };
    ChipClassificationInput: {
      id: string;
      name?: string;
      tpp: number;
      pd: number | null;
      tppFormat: string;
      /** @enum {string} */
      classification: '3A090.a' | '3A090.b' | 'not-3A090';
      paragraph: string | null;
      incomplete: boolean;
      chinaCaseByCase: boolean;
      margins: components['schemas']['MarginInput'][];
      reasons: string[];
      rulesApplied: components['schemas']['RuleReferenceInput'][];
      ruleSetVersion: string;
    };
    LicenceDeterminationInput: {
      productId: string;
      eccn: string;
      asOf: string;
      destination: string;
      resolvedDestination: string;
      destinationGroups: string[];
      buyerHqCountry: string | null;
      buyerHqGroups: string[];
      licenceRequired: boolean;
      requirements: {
        rule: string;
        basis: string;
        citation: components['schemas']['CitationInput'];
        why: string;
      }[];
      exceptions: {
        /** @enum {string} */
        code: 'NAC' | 'ACA';
        available: boolean;
        notificationRequired: boolean;
        why: string;
        rule?: string;
        citation?: components['schemas']['CitationInput'];
      }[];
      reviewPolicy: ('presumption-of-denial' | 'case-by-case') | null;
      reviewPolicyWhy: string;
      notes: string[];
      ruleSetVersion: string;
    };
    RuleSetSummaryInput: {
      asOf: string;
      version: string;
      fingerprint: string;
      rules: {
        id: string;
        kind: string;
        effectiveFrom: string;
        effectiveUntil: string | null;
        summary: string;
        citation: components['schemas']['CitationInput'];
        file: string;
      }[];
      pending: {
        id: string;
        kind: string;
        effectiveFrom: string;
        summary: string;
        citation: components['schemas']['CitationInput'];
      }[];
    };
    CoverageInput: {
      line: {
        productId: string;
        quantity: number;
        buyerPartyId: string;
        destination: string;
        date: string;
      };
      covered: boolean;
      coverableQuantity: number;
      binding: ('screening' | 'export' | 'import' | 'party-cap' | 'ratio-cap') | null;
      gates: {
        /** @enum {string} */
        gate: 'screening' | 'export' | 'import' | 'party-cap' | 'ratio-cap';
        required: boolean;
        why: string;
        draws: {
          authorisationId: string;
          /** @enum {string} */
          kind: 'export-licence' | 'exception-use' | 'import-approval' | 'party-cap' | 'ratio-cap';
          authority: string;
          number: string;
          validUntil: string;
          available: number;
          draw: number;
        }[];
        coverable: number;
        missing: string | null;
      }[];
      missing: string[];
    };
    OrderInput: {
      id: string;
      buyerPartyId: string;
      productId: string;
      quantity: number;
      /** @description The month the units are wanted in, YYYY-MM */
      period: string;
      /** @enum {string} */
      tier: 'firm' | 'forecast';
      /** @description The buyer’s own order number */
      reference?: string;
      /**
       * @description open while something is unmet; allocated once committed rounds awarded all of it
       * @enum {string}
       */
      status: 'open' | 'allocated';
      /** @description Units reserved for the order by committed rounds */
      awarded: number;
      /** @description The latest committed round the order was a claim in, met or not */
      lastRoundId: string | null;
      createdAt: string;
    };
    NewOrderInput: {
      buyerPartyId: string;
      productId: string;
      quantity: number;
      period: string;
      /** @enum {string} */
      tier: 'firm' | 'forecast';
      reference?: string;
    };
    OrderImportResultInput: {
      fileName: string;
      dryRun: boolean;
      rows: number;
      imported: number;
      sha256: string;
      auditEventSeq: number | null;
    };
    PartyIdentifierInput: {
      /** @enum {string} */
      scheme: 'USCC' | 'LEI' | 'DUNS' | 'EIN' | 'OTHER';
      value: string;
    };
    PartyAddressInput: {
      lines: string[];
      city?: string;
      region?: string;
      postalCode?: string;
      country: string;
    };
    PartyInput: {
      id: string;
      legalName: string;
      otherNames: string[];
      roles: ('exporter' | 'buyer' | 'consignee' | 'end-user')[];
      country: string;
      hqCountry: string;
      identifiers: components['schemas']['PartyIdentifierInput'][];
      addresses: components['schemas']['PartyAddressInput'][];
      /**
       * @description Where the party stands against the restricted-party lists; never sent to buyers
       * @enum {string}
       */
      screeningStatus?: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
      createdAt: string;
      updatedAt: string;
    };
    NewPartyInput: {
      id: string;
      legalName: string;
      /** @default [] */
      otherNames: string[];
      roles: ('exporter' | 'buyer' | 'consignee' | 'end-user')[];
      country: string;
      hqCountry: string;
      /** @default [] */
      identifiers: {
        /** @enum {string} */
        scheme: 'USCC' | 'LEI' | 'DUNS' | 'EIN' | 'OTHER';
        value: string;
      }[];
      /** @default [] */
      addresses: {
        /** @default [] */
        lines: string[];
        city?: string;
        region?: string;
        postalCode?: string;
        country: string;
      }[];
    };
    PartyChangesInput: {
      id?: unknown;
      legalName?: string;
      otherNames?: string[];
      roles?: ('exporter' | 'buyer' | 'consignee' | 'end-user')[];
      country?: string;
      hqCountry?: string;
      identifiers?: {
        /** @enum {string} */
        scheme: 'USCC' | 'LEI' | 'DUNS' | 'EIN' | 'OTHER';
        value: string;
      }[];
      addresses?: {
        /** @default [] */
        lines: string[];
        city?: string;
        region?: string;
        postalCode?: string;
        country: string;
      }[];
    };
    PartyImportResultInput: {
      fileName: string;
      dryRun: boolean;
      rows: number;
      imported: number;
      sha256: string;
      auditEventSeq: number | null;
    };
    ProductSpecInput:
      | {
          id: string;
          name: string;
          vendor: string;
          /** @constant */
          kind: 'chip';
          datacenter: {
            value: boolean;
            source: string;
          };
          dieAreaMm2?: {
            value: number;
            source: string;
          };
          dramBandwidthGBps?: {
            value: number;
            source: string;
          };
          peak: {
            format: string;
            bits: number;
            tops: number;
            sparse?: boolean;
            source: string;
          }[];
        }
      | {
          id: string;
          name: string;
          vendor: string;
          /** @constant */
          kind: 'assembly';
          component: {
            productId: string;
            units: number;
          };
        }
      | {
          id: string;
          name: string;
          vendor: string;
          /** @constant */
          kind: 'hbm';
          memoryBandwidthGBps: {
            value: number;
            source: string;
          };
          packageAreaMm2: {
            value: number;
            source: string;
          };
        };
    ClassificationDecisionRequestInput:
      | {
          /** @constant */
          decision: 'confirm';
          reason: string;
        }
      | {
          /** @constant */
          decision: 'override';
          /** @enum {string} */
          eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
          reason: string;
        };
    ClassificationDecisionInput: {
      id: string;
      productId: string;
      /** @enum {string} */
      decision: 'confirm' | 'override';
      /** @enum {string} */
      eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
      /** @enum {string} */
      computedEccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
      ruleSetVersion: string;
      reason: string;
      decidedBy: string;
      decidedAt: string;
    };
    ProductViewInput: {
      product: components['schemas']['ProductSpecInput'];
      asOf: string;
      classification: components['schemas']['ClassificationInput'];
      standing: {
        /** @enum {string} */
        eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
        /** @enum {string} */
        status: 'computed' | 'confirmed' | 'overridden' | 'confirmation-stale';
      };
      decisions: components['schemas']['ClassificationDecisionInput'][];
      createdAt: string;
      updatedAt: string;
    };
    RoundTermsInput: {
      name: string;
      productId: string;
      fromPeriod: string;
      untilPeriod: string;
      /**
       * @default max-min
       * @enum {string}
       */
      rule: 'max-min' | 'pro-rata';
      /** @default 1 */
      lot: number;
      /** @default true */
      carryOver: boolean;
      criteria: {
        description: string;
        /**
         * @default {
         *       "firm": 1,
         *       "forecast": 2
         *     }
         */
        tiers: {
          firm: number;
          forecast: number;
        };
        /** @default {} */
        weights: {
          [key: string]: number;
        };
      };
      /** @default true */
      carryUnmet: boolean;
      /** @default {} */
      claimWindow: {
        /** Format: date-time */
        from?: string;
        /** Format: date-time */
        until?: string;
      };
    };
    RoundChangesInput: {
      /** @enum {string} */
      rule?: 'max-min' | 'pro-rata';
      lot?: number;
      carryOver?: boolean;
      carryUnmet?: boolean;
      criteria?: {
        description: string;
        /**
         * @default {
         *       "firm": 1,
         *       "forecast": 2
         *     }
         */
        tiers: {
          firm: number;
          forecast: number;
        };
        /** @default {} */
        weights: {
          [key: string]: number;
        };
      };
    };
    RoundWhatIfInput: {
      /** @enum {string} */
      rule?: 'max-min' | 'pro-rata';
      lot?: number;
      carryOver?: boolean;
      carryUnmet?: boolean;
      criteria?: {
        description: string;
        /**
         * @default {
         *       "firm": 1,
         *       "forecast": 2
         *     }
         */
        tiers: {
          firm: number;
          forecast: number;
        };
        /** @default {} */
        weights: {
          [key: string]: number;
        };
      };
      supply?: {
        period: string;
        units: number;
      }[];
    };
    RoundPeriodInput: {
      id: string;
      /** @description Units offered to the round in the month */
      supply: number;
      /** @description Offered plus carried over from the month before */
      available: number;
      allocated: number;
      carriedOver: number;
    };
    SupplyOfferInput: {
      period: string;
      /** @description Inventory and production planned for the month */
      planned: number;
      /** @description Units other committed rounds awarded in the month */
      committedElsewhere: number;
      /** @description Units offered to this round: planned stock no committed round holds, kept where later committed awards need it */
      offered: number;
    };
    RoundSummaryInput: {
      simulatedAt: string;
      terms: {
        rule: string;
        lot: number;
        carryOver: boolean;
        carryUnmet: boolean;
        criteria: {
          description: string;
          tiers: {
            firm: number;
            forecast: number;
          };
          weights: {
            [key: string]: number;
          };
        };
      };
      periods: components['schemas']['RoundPeriodInput'][];
      buyers: {
        buyerPartyId: string;
        claims: number;
        requested: number;
        awarded: number;
      }[];
      requested: number;
      awarded: number;
      claims: number;
      uncovered: number;
    };
    RoundSimulationInput: {
      simulatedAt: string;
      periods: components['schemas']['RoundPeriodInput'][];
      claims: {
        orderId: string;
        buyerPartyId: string;
        /** @description What the order still needed when simulated */
        quantity: number;
        /** @description The order’s full quantity */
        ordered?: number;
        /** @description The committed round that left the order unmet, when carried */
        carriedFrom?: string | null;
        period: string;
        tier: number;
        weight: number;
        groups: string[];
        awarded: number;
        /** @description claim, supply, or group:<authorisation names> */
        binding: string;
        /** @description λ where the claim stopped: units per unit of weight (max-min) or the allocation coefficient (pro-rata); 0 when not short */
        level?: number;
        /** @description The month the claim stopped in */
        boundIn?: string | null;
        statement: string;
      }[];
      awards: {
        orderId: string;
        period: string;
        quantity: number;
      }[];
      groups: {
        id: string;
        authorisationIds: string[];
        gate: string;
        cap: number;
      }[];
      uncovered: {
        orderId: string;
        buyerPartyId: string;
        quantity: number;
        period: string;
        missing: string[];
      }[];
      ledgerVersions: {
        [key: string]: number;
      };
      supply: components['schemas']['SupplyOfferInput'][];
      /** @description The simulation this one replaced, in brief */
      previous: components['schemas']['RoundSummaryInput'] | null;
    };
    RoundWhatIfResultInput: {
      terms: components['schemas']['RoundTermsInput'];
      supply: components['schemas']['SupplyOfferInput'][];
      /** @description The round’s last simulation, if any */
      current: components['schemas']['RoundSummaryInput'] | null;
      whatIf: components['schemas']['RoundSummaryInput'];
      /** @description How many claims’ awards differ from the last simulation */
      changed: number;
      changes: {
        orderId: string;
        buyerPartyId: string;
        quantity: number;
        before: number;
        after: number;
      }[];
    };
    RoundInput: {
      id: string;
      name: string;
      productId: string;
      /** @enum {string} */
      status: 'draft' | 'simulated' | 'approved' | 'committed' | 'closed';
      terms: components['schemas']['RoundTermsInput'];
      simulation: components['schemas']['RoundSimulationInput'] | null;
      /** @description The latest simulation in brief (totals, per month, per buyer); null before the first. A buyer’s covers its own claims. */
      summary: components['schemas']['RoundSummaryInput'] | null;
      createdBy: string;
      createdAt: string;
      simulatedBy: string | null;
      simulatedAt: string | null;
      approvedBy: string | null;
      approvedAt: string | null;
      committedAt: string | null;
      closedAt: string | null;
    };
    RoundListItemInput: {
      id: string;
      name: string;
      productId: string;
      /** @enum {string} */
      status: 'draft' | 'simulated' | 'approved' | 'committed' | 'closed';
      terms: components['schemas']['RoundTermsInput'];
      /** @description The latest simulation in brief (totals, per month, per buyer); null before the first. A buyer’s covers its own claims. */
      summary: components['schemas']['RoundSummaryInput'] | null;
      createdBy: string;
      createdAt: string;
      simulatedBy: string | null;
      simulatedAt: string | null;
      approvedBy: string | null;
      approvedAt: string | null;
      committedAt: string | null;
      closedAt: string | null;
    };
    ListAddressInput: {
      address: string | null;
      city: string | null;
      state: string | null;
      postalCode: string | null;
      country: string | null;
    };
    ListEntryInput: {
      id: string;
      /** @description The id as the list gives it (CSL _id, ofac:<ent_num>) */
      listedId: string;
      /** @enum {string} */
      kind: 'csl' | 'ofac-consolidated';
      source: string;
      type: string | null;
      programs: string[];
      name: string;
      rawName: string;
      aliases: string[];
      addresses: components['schemas']['ListAddressInput'][];
      identifiers: {
        scheme: string;
        value: string;
        country: string | null;
      }[];
      countries: string[];
      startDate: string | null;
      endDate: string | null;
      federalRegisterNotice: string | null;
      licenseRequirement: string | null;
      licensePolicy: string | null;
      remarks: string | null;
      sourceListUrl: string | null;
      sourceInformationUrl: string | null;
    };
    PartyMatchInput: {
      entryId: string;
      source: string;
      /** @description The listed name */
      name: string;
      /** @description The name variant of the entry that matched (name or alias) */
      variant: string;
      score: number;
      pairs: {
        query: string;
        listed: string;
        /** @description exact, pinyin, translated, joined, split, typo, acronym or legal-form */
        how: string;
        weight: number;
      }[];
      parts: {
        name: number;
        legalForm: number;
        country: number;
      };
      /** @description The party’s name that matched */
      partyName: string;
      /** @enum {string} */
      kind: 'csl' | 'ofac-consolidated';
      versionId: string;
      contentHash: string;
      /** @enum {string} */
      state: 'potential' | 'confirmed' | 'false-positive';
      /** @description Set on a confirmed match the latest screening no longer finds (entry-removed: it left the lists in force; no-longer-matched: the party’s names no longer match it). The block holds until a reviewer lifts it. */
      held?: {
        /** @enum {string} */
        reason: 'entry-removed' | 'no-longer-matched';
        since: string;
      };
    };
    ScreeningInput: {
      id: string;
      partyId: string;
      screenedAt: string;
      actor: string;
      /** @enum {string} */
      trigger: 'party-created' | 'party-updated' | 'party-imported' | 'list-imported' | 'manual';
      versionIds: string[];
      /** @enum {string} */
      decision: 'hit' | 'review' | 'clear';
      /** @enum {string} */
      status: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
      matches: components['schemas']['PartyMatchInput'][];
    };
    ScreeningDecisionInput: {
      id: string;
      partyId: string;
      entryId: string;
      contentHash: string;
      /** @enum {string} */
      decision: 'confirmed' | 'false-positive' | 'lifted';
      reason: string;
      decidedBy: string;
      decidedAt: string;
    };
    ListVersionInput: {
      id: string;
      /** @enum {string} */
      kind: 'csl' | 'ofac-consolidated';
      importedAt: string;
      importedBy: string;
      files: {
        name: string;
        sha256: string;
        rows: number;
      }[];
      entryCount: number;
      active: boolean;
      supersededAt: string | null;
      delta: {
        previousVersionId: string | null;
        added: number;
        changed: number;
        removed: number;
        unchanged: number;
        parties: {
          couldMatch: number;
          heldOnChanged: number;
          unscreened: number;
          /** @description The update re-weighed the words, so every party was re-screened */
          reweighed: boolean;
          touched: number;
          statusChanges: {
            [key: string]: number;
          };
        };
      };
    };
    ScreeningQueueInput: {
      total: number;
      items: {
        party: {
          id: string;
          legalName: string;
          country: string;
          /** @enum {string} */
          screeningStatus: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
        };
        match: components['schemas']['PartyMatchInput'];
        entry: components['schemas']['ListEntryInput'];
        screenedAt: string;
        screeningId: string;
      }[];
    };
    NewScreeningDecisionInput: {
      entryId: string;
      /** @enum {string} */
      decision: 'confirmed' | 'false-positive' | 'lifted';
      reason: string;
    };
    SupplyPlanInput: {
      productId: string;
      /** @description YYYY-MM */
      period: string;
      /** @enum {string} */
      kind: 'inventory' | 'production';
      units: number;
      note: string;
      updatedAt: string;
    };
    SupplyPlanLineInput: {
      productId: string;
      period: string;
      /** @enum {string} */
      kind: 'inventory' | 'production';
      units: number;
      /** @default  */
      note: string;
    };
    ApiTokenInput: {
      id: string;
      name: string;
      createdAt: string;
      expiresAt: string | null;
      revokedAt: string | null;
    };
    OrderLineInput: {
      productId: string;
      quantity: number;
      buyerPartyId: string;
      destination: string;
      date?: string;
    };
    ScreeningHistoryInput: {
      partyId: string;
      /** @enum {string} */
      status: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
      screenings: components['schemas']['ScreeningInput'][];
      decisions: components['schemas']['ScreeningDecisionInput'][];
      /** @description The matches the party stands on now, decisions applied, best first */
      current: components['schemas']['PartyMatchInput'][];
    };
    ErrorBody: {
      error: {
        /** @enum {string} */
        code:
          | 'VALIDATION_FAILED'
          | 'UNAUTHENTICATED'
          | 'INVALID_CREDENTIALS'
          | 'FORBIDDEN'
          | 'CSRF_TOKEN_INVALID'
          | 'RATE_LIMITED'
          | 'NOT_FOUND'
          | 'CONFLICT'
          | 'RULES_INVALID'
          | 'RULES_NOT_IN_FORCE'
          | 'CLASSIFICATION_INCOMPLETE'
          | 'DATABASE_NOT_EMPTY'
          | 'AUDIT_CHAIN_BROKEN'
          | 'CONFIG_INVALID'
          | 'INTERNAL_ERROR'
          | 'AUTHORISATION_EXHAUSTED'
          | 'AUTHORISATION_NOT_VALID'
          | 'LEDGER_BALANCE_INSUFFICIENT'
          | 'CURRENCY_MISMATCH'
          | 'IDEMPOTENCY_KEY_REUSED'
          | 'LEDGER_UNBALANCED'
          | 'ROUND_STATE_INVALID'
          | 'ROUND_STALE'
          | 'LIST_INVALID';
        message: string;
        details: {
          path?: string;
          message: string;
        }[];
      };
    };
    User: {
      id: string;
      username: string;
      displayName: string;
      /** @enum {string} */
      role: 'admin' | 'compliance' | 'planner' | 'shipping' | 'auditor' | 'buyer';
      partyId: string | null;
      disabled: boolean;
      createdAt: string;
    };
    AuditEvent: {
      seq: number;
      at: string;
      actor: string;
      action: string;
      entityType: string;
      entityId: string;
      summary: string;
      changes: unknown;
      ruleSetVersion: string;
      prevHash: string;
      hash: string;
    };
    AuthorisationImportResult: {
      fileName: string;
      dryRun: boolean;
      rows: number;
      imported: number;
      sha256: string;
      auditEventSeq: number | null;
    };
    AuthorisationTerms:
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'export-licence';
          quantity: number;
          value?: {
            amountMinor: number;
            currency: string;
          };
          /** @default [] */
          consignees: string[];
          /** @default [] */
          endUsers: string[];
        }
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'exception-use';
          /** @enum {string} */
          exception: 'NAC' | 'ACA';
          authorizationNumber?: string;
          answeredOn?: string;
          quantity: number;
        }
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'import-approval';
          importerPartyId: string;
          round: string;
          quantity: number;
        }
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'party-cap';
          cappedPartyId: string;
          quantity: number;
        }
      | {
          authority: string;
          number: string;
          holderPartyId: string;
          validFrom: string;
          validUntil: string;
          products: {
            /** @default [] */
            productIds: string[];
            /** @default [] */
            eccns: ('3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090')[];
          };
          destinations: string[];
          /** @default  */
          conditions: string;
          /** @constant */
          kind: 'ratio-cap';
          ratio: {
            numerator: number;
            denominator: number;
          };
          referenceDestinations: string[];
        };
    LedgerBalance: {
      authorised: number;
      reserved: number;
      used: number;
      /** @description Units returned after shipment; they restore nothing until compliance adjusts */
      returned: number;
      available: number;
      valueLimited: boolean;
      authorisedValue: number;
      reservedValue: number;
      usedValue: number;
      availableValue: number | null;
      entryCount: number;
    };
    Authorisation: {
      id: string;
      terms: components['schemas']['AuthorisationTerms'];
      currency: string | null;
      balance: components['schemas']['LedgerBalance'];
      daysToExpiry: number;
      createdAt: string;
    };
    LedgerEntry: {
      id: string;
      authorisationId: string;
      entryNo: number;
      /** @enum {string} */
      kind: 'grant' | 'reserve' | 'release' | 'consume' | 'adjust' | 'expire' | 'return';
      quantity: number;
      value: number;
      reason: string | null;
      reference: string | null;
      actor: string;
      at: string;
    };
    MovementResult: {
      entry: components['schemas']['LedgerEntry'];
      balance: components['schemas']['LedgerBalance'];
    };
    Session: {
      user: components['schemas']['User'];
      csrfToken: string;
    };
    Citation: {
      title: string;
      source: string;
      url?: string;
    };
    Margin: {
      name: string;
      threshold: number;
      value: number | null;
      margin: number | null;
      usedBy: string[];
    };
    RuleReference: {
      id: string;
      citation: components['schemas']['Citation'];
    };
    Classification: {
      /** @enum {string} */
      eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
      paragraph: string | null;
      datacenter: boolean | null;
      tpp: number | null;
      tppFormat: string | null;
      pd: number | null;
      hbmBandwidthDensity: number | null;
      chinaCaseByCase: boolean;
      incomplete: boolean;
      component: {
        productId: string;
        name: string;
        units: number;
        /** @enum {string} */
        eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
      } | null;
      chipUnits: number | null;
      margins: components['schemas']['Margin'][];
      reasons: string[];
      rulesApplied: components['schemas']['RuleReference'][];
      overrides: {
        id: string;
        productId: string;
        effectiveFrom: string;
        summary: string;
        citation: components['schemas']['Citation'];
      }[];
      ruleSetVersion: string;
    };
    ChipClassification: {
      id: string;
      name?: string;
      tpp: number;
      pd: number | null;
      tppFormat: string;
      /** @enum {string} */
      classification: '3A090.a' | '3A090.b' | 'not-3A090';
      paragraph: string | null;
      incomplete: boolean;
      chinaCaseByCase: boolean;
      margins: components['schemas']['Margin'][];
      reasons: string[];
      rulesApplied: components['schemas']['RuleReference'][];
      ruleSetVersion: string;
    };
    LicenceDetermination: {
      productId: string;
      eccn: string;
      asOf: string;
      destination: string;
      resolvedDestination: string;
      destinationGroups: string[];
      buyerHqCountry: string | null;
      buyerHqGroups: string[];
      licenceRequired: boolean;
      requirements: {
        rule: string;
        basis: string;
        citation: components['schemas']['Citation'];
        why: string;
      }[];
      exceptions: {
        /** @enum {string} */
        code: 'NAC' | 'ACA';
        available: boolean;
        notificationRequired: boolean;
        why: string;
        rule?: string;
        citation?: components['schemas']['Citation'];
      }[];
      reviewPolicy: ('presumption-of-denial' | 'case-by-case') | null;
      reviewPolicyWhy: string;
      notes: string[];
      ruleSetVersion: string;
    };
    RuleSetSummary: {
      asOf: string;
      version: string;
      fingerprint: string;
      rules: {
        id: string;
        kind: string;
        effectiveFrom: string;
        effectiveUntil: string | null;
        summary: string;
        citation: components['schemas']['Citation'];
        file: string;
      }[];
      pending: {
        id: string;
        kind: string;
        effectiveFrom: string;
        summary: string;
        citation: components['schemas']['Citation'];
      }[];
    };
    Coverage: {
      line: {
        productId: string;
        quantity: number;
        buyerPartyId: string;
        destination: string;
        date: string;
      };
      covered: boolean;
      coverableQuantity: number;
      binding: ('screening' | 'export' | 'import' | 'party-cap' | 'ratio-cap') | null;
      gates: {
        /** @enum {string} */
        gate: 'screening' | 'export' | 'import' | 'party-cap' | 'ratio-cap';
        required: boolean;
        why: string;
        draws: {
          authorisationId: string;
          /** @enum {string} */
          kind: 'export-licence' | 'exception-use' | 'import-approval' | 'party-cap' | 'ratio-cap';
          authority: string;
          number: string;
          validUntil: string;
          available: number;
          draw: number;
        }[];
        coverable: number;
        missing: string | null;
      }[];
      missing: string[];
    };
    Order: {
      id: string;
      buyerPartyId: string;
      productId: string;
      quantity: number;
      /** @description The month the units are wanted in, YYYY-MM */
      period: string;
      /** @enum {string} */
      tier: 'firm' | 'forecast';
      /** @description The buyer’s own order number */
      reference?: string;
      /**
       * @description open while something is unmet; allocated once committed rounds awarded all of it
       * @enum {string}
       */
      status: 'open' | 'allocated';
      /** @description Units reserved for the order by committed rounds */
      awarded: number;
      /** @description The latest committed round the order was a claim in, met or not */
      lastRoundId: string | null;
      createdAt: string;
    };
    NewOrder: {
      buyerPartyId: string;
      productId: string;
      quantity: number;
      period: string;
      /** @enum {string} */
      tier: 'firm' | 'forecast';
      reference: unknown;
    };
    OrderImportResult: {
      fileName: string;
      dryRun: boolean;
      rows: number;
      imported: number;
      sha256: string;
      auditEventSeq: number | null;
    };
    PartyIdentifier: {
      /** @enum {string} */
      scheme: 'USCC' | 'LEI' | 'DUNS' | 'EIN' | 'OTHER';
      value: string;
    };
    PartyAddress: {
      lines: string[];
      city?: string;
      region?: string;
      postalCode?: string;
      country: string;
    };
    Party: {
      id: string;
      legalName: string;
      otherNames: string[];
      roles: ('exporter' | 'buyer' | 'consignee' | 'end-user')[];
      country: string;
      hqCountry: string;
      identifiers: components['schemas']['PartyIdentifier'][];
      addresses: components['schemas']['PartyAddress'][];
      /**
       * @description Where the party stands against the restricted-party lists; never sent to buyers
       * @enum {string}
       */
      screeningStatus?: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
      createdAt: string;
      updatedAt: string;
    };
    NewParty: {
      id: string;
      legalName: string;
      /** @default [] */
      otherNames: string[];
      roles: ('exporter' | 'buyer' | 'consignee' | 'end-user')[];
      country: string;
      hqCountry: string;
      /** @default [] */
      identifiers: {
        /** @enum {string} */
        scheme: 'USCC' | 'LEI' | 'DUNS' | 'EIN' | 'OTHER';
        value: string;
      }[];
      /** @default [] */
      addresses: {
        /** @default [] */
        lines: string[];
        city?: string;
        region?: string;
        postalCode?: string;
        country: string;
      }[];
    };
    PartyChanges: {
      id?: unknown;
      legalName?: string;
      otherNames?: string[];
      roles?: ('exporter' | 'buyer' | 'consignee' | 'end-user')[];
      country?: string;
      hqCountry?: string;
      identifiers?: {
        /** @enum {string} */
        scheme: 'USCC' | 'LEI' | 'DUNS' | 'EIN' | 'OTHER';
        value: string;
      }[];
      addresses?: {
        /** @default [] */
        lines: string[];
        city?: string;
        region?: string;
        postalCode?: string;
        country: string;
      }[];
    };
    PartyImportResult: {
      fileName: string;
      dryRun: boolean;
      rows: number;
      imported: number;
      sha256: string;
      auditEventSeq: number | null;
    };
    ProductSpec:
      | {
          id: string;
          name: string;
          vendor: string;
          /** @constant */
          kind: 'chip';
          datacenter: {
            value: boolean;
            source: string;
          };
          dieAreaMm2?: {
            value: number;
            source: string;
          };
          dramBandwidthGBps?: {
            value: number;
            source: string;
          };
          peak: {
            format: string;
            bits: number;
            tops: number;
            sparse?: boolean;
            source: string;
          }[];
        }
      | {
          id: string;
          name: string;
          vendor: string;
          /** @constant */
          kind: 'assembly';
          component: {
            productId: string;
            units: number;
          };
        }
      | {
          id: string;
          name: string;
          vendor: string;
          /** @constant */
          kind: 'hbm';
          memoryBandwidthGBps: {
            value: number;
            source: string;
          };
          packageAreaMm2: {
            value: number;
            source: string;
          };
        };
    ClassificationDecisionRequest:
      | {
          /** @constant */
          decision: 'confirm';
          reason: string;
        }
      | {
          /** @constant */
          decision: 'override';
          /** @enum {string} */
          eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
          reason: string;
        };
    ClassificationDecision: {
      id: string;
      productId: string;
      /** @enum {string} */
      decision: 'confirm' | 'override';
      /** @enum {string} */
      eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
      /** @enum {string} */
      computedEccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
      ruleSetVersion: string;
      reason: string;
      decidedBy: string;
      decidedAt: string;
    };
    ProductView: {
      product: components['schemas']['ProductSpec'];
      asOf: string;
      classification: components['schemas']['Classification'];
      standing: {
        /** @enum {string} */
        eccn: '3A090.a' | '3A090.b' | '3A090.c' | '4A090.a' | '4A090.b' | 'not-3A090';
        /** @enum {string} */
        status: 'computed' | 'confirmed' | 'overridden' | 'confirmation-stale';
      };
      decisions: components['schemas']['ClassificationDecision'][];
      createdAt: string;
      updatedAt: string;
    };
    RoundTerms: {
      name: string;
      productId: string;
      fromPeriod: string;
      untilPeriod: string;
      /**
       * @default max-min
       * @enum {string}
       */
      rule: 'max-min' | 'pro-rata';
      /** @default 1 */
      lot: number;
      /** @default true */
      carryOver: boolean;
      criteria: {
        description: string;
        /**
         * @default {
         *       "firm": 1,
         *       "forecast": 2
         *     }
         */
        tiers: {
          firm: number;
          forecast: number;
        };
        /** @default {} */
        weights: {
          [key: string]: number;
        };
      };
      /** @default true */
      carryUnmet: boolean;
      /** @default {} */
      claimWindow: {
        /** Format: date-time */
        from?: string;
        /** Format: date-time */
        until?: string;
      };
    };
    RoundChanges: {
      /** @enum {string} */
      rule?: 'max-min' | 'pro-rata';
      lot?: number;
      carryOver?: boolean;
      carryUnmet?: boolean;
      criteria?: {
        description: string;
        /**
         * @default {
         *       "firm": 1,
         *       "forecast": 2
         *     }
         */
        tiers: {
          firm: number;
          forecast: number;
        };
        /** @default {} */
        weights: {
          [key: string]: number;
        };
      };
    };
    RoundWhatIf: {
      /** @enum {string} */
      rule?: 'max-min' | 'pro-rata';
      lot?: number;
      carryOver?: boolean;
      carryUnmet?: boolean;
      criteria?: {
        description: string;
        /**
         * @default {
         *       "firm": 1,
         *       "forecast": 2
         *     }
         */
        tiers: {
          firm: number;
          forecast: number;
        };
        /** @default {} */
        weights: {
          [key: string]: number;
        };
      };
      supply?: {
        period: string;
        units: number;
      }[];
    };
    RoundPeriod: {
      id: string;
      /** @description Units offered to the round in the month */
      supply: number;
      /** @description Offered plus carried over from the month before */
      available: number;
      allocated: number;
      carriedOver: number;
    };
    SupplyOffer: {
      period: string;
      /** @description Inventory and production planned for the month */
      planned: number;
      /** @description Units other committed rounds awarded in the month */
      committedElsewhere: number;
      /** @description Units offered to this round: planned stock no committed round holds, kept where later committed awards need it */
      offered: number;
    };
    RoundSummary: {
      simulatedAt: string;
      terms: {
        rule: string;
        lot: number;
        carryOver: boolean;
        carryUnmet: boolean;
        criteria: {
          description: string;
          tiers: {
            firm: number;
            forecast: number;
          };
          weights: {
            [key: string]: number;
          };
        };
      };
      periods: components['schemas']['RoundPeriod'][];
      buyers: {
        buyerPartyId: string;
        claims: number;
        requested: number;
        awarded: number;
      }[];
      requested: number;
      awarded: number;
      claims: number;
      uncovered: number;
    };
    RoundSimulation: {
      simulatedAt: string;
      periods: components['schemas']['RoundPeriod'][];
      claims: {
        orderId: string;
        buyerPartyId: string;
        /** @description What the order still needed when simulated */
        quantity: number;
        /** @description The order’s full quantity */
        ordered?: number;
        /** @description The committed round that left the order unmet, when carried */
        carriedFrom?: string | null;
        period: string;
        tier: number;
        weight: number;
        groups: string[];
        awarded: number;
        /** @description claim, supply, or group:<authorisation names> */
        binding: string;
        /** @description λ where the claim stopped: units per unit of weight (max-min) or the allocation coefficient (pro-rata); 0 when not short */
        level?: number;
        /** @description The month the claim stopped in */
        boundIn?: string | null;
        statement: string;
      }[];
      awards: {
        orderId: string;
        period: string;
        quantity: number;
      }[];
      groups: {
        id: string;
        authorisationIds: string[];
        gate: string;
        cap: number;
      }[];
      uncovered: {
        orderId: string;
        buyerPartyId: string;
        quantity: number;
        period: string;
        missing: string[];
      }[];
      ledgerVersions: {
        [key: string]: number;
      };
      supply: components['schemas']['SupplyOffer'][];
      /** @description The simulation this one replaced, in brief */
      previous: components['schemas']['RoundSummary'] | null;
    };
    RoundWhatIfResult: {
      terms: components['schemas']['RoundTerms'];
      supply: components['schemas']['SupplyOffer'][];
      /** @description The round’s last simulation, if any */
      current: components['schemas']['RoundSummary'] | null;
      whatIf: components['schemas']['RoundSummary'];
      /** @description How many claims’ awards differ from the last simulation */
      changed: number;
      changes: {
        orderId: string;
        buyerPartyId: string;
        quantity: number;
        before: number;
        after: number;
      }[];
    };
    Round: {
      id: string;
      name: string;
      productId: string;
      /** @enum {string} */
      status: 'draft' | 'simulated' | 'approved' | 'committed' | 'closed';
      terms: components['schemas']['RoundTerms'];
      simulation: components['schemas']['RoundSimulation'] | null;
      /** @description The latest simulation in brief (totals, per month, per buyer); null before the first. A buyer’s covers its own claims. */
      summary: components['schemas']['RoundSummary'] | null;
      createdBy: string;
      createdAt: string;
      simulatedBy: string | null;
      simulatedAt: string | null;
      approvedBy: string | null;
      approvedAt: string | null;
      committedAt: string | null;
      closedAt: string | null;
    };
    RoundListItem: {
      id: string;
      name: string;
      productId: string;
      /** @enum {string} */
      status: 'draft' | 'simulated' | 'approved' | 'committed' | 'closed';
      terms: components['schemas']['RoundTerms'];
      /** @description The latest simulation in brief (totals, per month, per buyer); null before the first. A buyer’s covers its own claims. */
      summary: components['schemas']['RoundSummary'] | null;
      createdBy: string;
      createdAt: string;
      simulatedBy: string | null;
      simulatedAt: string | null;
      approvedBy: string | null;
      approvedAt: string | null;
      committedAt: string | null;
      closedAt: string | null;
    };
    ListAddress: {
      address: string | null;
      city: string | null;
      state: string | null;
      postalCode: string | null;
      country: string | null;
    };
    ListEntry: {
      id: string;
      /** @description The id as the list gives it (CSL _id, ofac:<ent_num>) */
      listedId: string;
      /** @enum {string} */
      kind: 'csl' | 'ofac-consolidated';
      source: string;
      type: string | null;
      programs: string[];
      name: string;
      rawName: string;
      aliases: string[];
      addresses: components['schemas']['ListAddress'][];
      identifiers: {
        scheme: string;
        value: string;
        country: string | null;
      }[];
      countries: string[];
      startDate: string | null;
      endDate: string | null;
      federalRegisterNotice: string | null;
      licenseRequirement: string | null;
      licensePolicy: string | null;
      remarks: string | null;
      sourceListUrl: string | null;
      sourceInformationUrl: string | null;
    };
    PartyMatch: {
      entryId: string;
      source: string;
      /** @description The listed name */
      name: string;
      /** @description The name variant of the entry that matched (name or alias) */
      variant: string;
      score: number;
      pairs: {
        query: string;
        listed: string;
        /** @description exact, pinyin, translated, joined, split, typo, acronym or legal-form */
        how: string;
        weight: number;
      }[];
      parts: {
        name: number;
        legalForm: number;
        country: number;
      };
      /** @description The party’s name that matched */
      partyName: string;
      /** @enum {string} */
      kind: 'csl' | 'ofac-consolidated';
      versionId: string;
      contentHash: string;
      /** @enum {string} */
      state: 'potential' | 'confirmed' | 'false-positive';
      /** @description Set on a confirmed match the latest screening no longer finds (entry-removed: it left the lists in force; no-longer-matched: the party’s names no longer match it). The block holds until a reviewer lifts it. */
      held?: {
        /** @enum {string} */
        reason: 'entry-removed' | 'no-longer-matched';
        since: string;
      };
    };
    Screening: {
      id: string;
      partyId: string;
      screenedAt: string;
      actor: string;
      /** @enum {string} */
      trigger: 'party-created' | 'party-updated' | 'party-imported' | 'list-imported' | 'manual';
      versionIds: string[];
      /** @enum {string} */
      decision: 'hit' | 'review' | 'clear';
      /** @enum {string} */
      status: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
      matches: components['schemas']['PartyMatch'][];
    };
    ScreeningDecision: {
      id: string;
      partyId: string;
      entryId: string;
      contentHash: string;
      /** @enum {string} */
      decision: 'confirmed' | 'false-positive' | 'lifted';
      reason: string;
      decidedBy: string;
      decidedAt: string;
    };
    ListVersion: {
      id: string;
      /** @enum {string} */
      kind: 'csl' | 'ofac-consolidated';
      importedAt: string;
      importedBy: string;
      files: {
        name: string;
        sha256: string;
        rows: number;
      }[];
      entryCount: number;
      active: boolean;
      supersededAt: string | null;
      delta: {
        previousVersionId: string | null;
        added: number;
        changed: number;
        removed: number;
        unchanged: number;
        parties: {
          couldMatch: number;
          heldOnChanged: number;
          unscreened: number;
          /** @description The update re-weighed the words, so every party was re-screened */
          reweighed: boolean;
          touched: number;
          statusChanges: {
            [key: string]: number;
          };
        };
      };
    };
    ScreeningQueue: {
      total: number;
      items: {
        party: {
          id: string;
          legalName: string;
          country: string;
          /** @enum {string} */
          screeningStatus: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
        };
        match: components['schemas']['PartyMatch'];
        entry: components['schemas']['ListEntry'];
        screenedAt: string;
        screeningId: string;
      }[];
    };
    NewScreeningDecision: {
      entryId: string;
      /** @enum {string} */
      decision: 'confirmed' | 'false-positive' | 'lifted';
      reason: string;
    };
    SupplyPlan: {
      productId: string;
      /** @description YYYY-MM */
      period: string;
      /** @enum {string} */
      kind: 'inventory' | 'production';
      units: number;
      note: string;
      updatedAt: string;
    };
    SupplyPlanLine: {
      productId: string;
      period: string;
      /** @enum {string} */
      kind: 'inventory' | 'production';
      units: number;
      /** @default  */
      note: string;
    };
    ApiToken: {
      id: string;
      name: string;
      createdAt: string;
      expiresAt: string | null;
      revokedAt: string | null;
    };
    OrderLine: {
      productId: string;
      quantity: number;
      buyerPartyId: string;
      destination: string;
      date?: string;
    };
    ScreeningHistory: {
      partyId: string;
      /** @enum {string} */
      status: 'unscreened' | 'clear' | 'potential-match' | 'confirmed' | 'false-positive';
      screenings: components['schemas']['Screening'][];
      decisions: components['schemas']['ScreeningDecision'][];
      /** @description The matches the party stands on now, decisions applied, best first */
      current: components['schemas']['PartyMatch'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
