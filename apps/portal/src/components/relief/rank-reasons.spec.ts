import { rankReasons } from './rank-reasons';

describe('rankReasons', () => {
  const list = [
    { strained: true, priorDays: 4 },
    { strained: false, priorDays: 0 },
    { strained: false, priorDays: 2 },
    { strained: false, priorDays: 2 },
    { strained: false, priorDays: 6 },
  ];

  it('names a strained placement and no lottery when nothing equal stands next to it', () => {
    expect(rankReasons(list, 0)).toEqual({ strained: true, tie: false });
    expect(rankReasons(list, 1)).toEqual({ strained: false, tie: false });
  });

  it('shows the lottery only for neighbours equal on strained and prior days', () => {
    expect(rankReasons(list, 2)).toEqual({ strained: false, tie: true });
    expect(rankReasons(list, 3)).toEqual({ strained: false, tie: true });
    expect(rankReasons(list, 4)).toEqual({ strained: false, tie: false });
  });

  it('does not call equal prior days a tie when one placement is strained', () => {
    expect(
      rankReasons(
        [
          { strained: true, priorDays: 0 },
          { strained: false, priorDays: 0 },
        ],
        1,
      ),
    ).toEqual({
      strained: false,
      tie: false,
    });
  });
});
