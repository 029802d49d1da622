import { graphql } from '../gql';

// "Forbind med Teams": a one-time code for the bot, the link's status, and removing the link.

export const TeamsLinkDocument = graphql(`
  query TeamsLink {
    teamsLink {
      linked
      linkedAt
      reachable
    }
  }
`);

export const CreateTeamsLinkCodeDocument = graphql(`
  mutation CreateTeamsLinkCode {
    createTeamsLinkCode {
      code
      expiresAt
      instruction
    }
  }
`);

export const UnlinkTeamsDocument = graphql(`
  mutation UnlinkTeams {
    unlinkTeams
  }
`);
